package com.greencert.shared.api;

import java.nio.charset.StandardCharsets;

/** The name a download is offered under: the original file name, in any script (RFC 6266, RFC 8187). */
public final class DownloadName {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private DownloadName() {
    }

    /**
     * {@code attachment} with an ASCII fallback name for old clients and the exact name as an RFC 8187
     * extended value, which every current browser prefers:
     * {@code attachment; filename="__.pdf"; filename*=UTF-8''%E5%90%8D%E5%AD%97.pdf}.
     */
    public static String contentDisposition(String name) {
        StringBuilder ascii = new StringBuilder();
        for (char c : name.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
