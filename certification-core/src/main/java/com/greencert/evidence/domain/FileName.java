package com.greencert.evidence.domain;

import java.text.Normalizer;

/**
 * The name a file had on the uploader's computer, made safe to show and to offer as a download name.
 * It is display text only: it never becomes a path (the store files bytes under their SHA-256).
 */
public final class FileName {

    public static final int MAX_LENGTH = 200;

    private FileName() {
    }

    /**
     * Keeps the last path segment and every printable character of it (any script: {@code 名字.pdf} stays
     * {@code 名字.pdf}); replaces control and invisible formatting characters (such as a right-to-left
     * override that would disguise an extension) and the characters no file system takes
     * ({@code / \ : * ? " < > |}) with {@code _}; drops leading dots and spaces and excess length.
     */
    public static String sanitize(String name) {
        if (name == null) {
            return "file";
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFC);
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(slash + 1);
        StringBuilder safe = new StringBuilder();
        n.codePoints().forEach(c -> safe.appendCodePoint(allowed(c) ? c : '_'));
        String s = safe.toString().strip().replaceAll("\\.{2,}", ".").replaceAll("^[. ]+", "");
        if (s.codePointCount(0, s.length()) > MAX_LENGTH) {
            int dot = s.lastIndexOf('.');
            String ext = dot > 0 && s.length() - dot <= 10 ? s.substring(dot) : "";
            s = s.substring(0, s.offsetByCodePoints(0, MAX_LENGTH - ext.length())) + ext;
        }
        return s.isBlank() || s.chars().allMatch(c -> c == '_') ? "file" : s;
    }

    private static boolean allowed(int c) {
        int type = Character.getType(c);
        boolean invisible = type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
        return !invisible && "/\\:*?\"<>|".indexOf(c) < 0;
    }

    /** The lower-case extension without the dot, or empty. */
    public static String extension(String sanitized) {
        int dot = sanitized.lastIndexOf('.');
        return dot < 0 ? "" : sanitized.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
