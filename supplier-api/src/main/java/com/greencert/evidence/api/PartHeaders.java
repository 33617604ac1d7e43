package com.greencert.evidence.api;

import com.greencert.shared.domain.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Header lines and header parameters (RFC 7578 / RFC 2045 syntax, RFC 8187 extended values). */
final class PartHeaders {

    private PartHeaders() {
    }

    /** Header names in lower case; folded lines unfolded. */
    static Map<String, String> parse(String block) {
        Map<String, String> headers = new LinkedHashMap<>();
        String name = null;
        for (String line : block.split("\r\n")) {
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && name != null) {
                headers.merge(name, " " + line.strip(), String::concat);
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new InvalidInputException("evidence.multipart.malformed", "a part header without a name");
            }
            name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            headers.put(name, line.substring(colon + 1).strip());
        }
        return headers;
    }

    /**
     * The parameters of a header value ({@code form-data; name="file"; filename="a.pdf"}), names in lower
     * case, quoted strings unquoted; the first occurrence of a name wins.
     */
    static Map<String, String> parameters(String value) {
        Map<String, String> parameters = new LinkedHashMap<>();
        int i = value.indexOf(';');
        while (i >= 0 && i < value.length()) {
            int start = i + 1;
            int eq = value.indexOf('=', start);
            int semicolon = value.indexOf(';', start);
            if (eq < 0 || (semicolon >= 0 && semicolon < eq)) {
                i = semicolon; // a parameter without a value
                continue;
            }
            String name = value.substring(start, eq).strip().toLowerCase(Locale.ROOT);
            int j = eq + 1;
            while (j < value.length() && (value.charAt(j) == ' ' || value.charAt(j) == '\t')) {
                j++;
            }
            StringBuilder v = new StringBuilder();
            if (j < value.length() && value.charAt(j) == '"') {
                j++;
                while (j < value.length() && value.charAt(j) != '"') {
                    char c = value.charAt(j);
                    if (c == '\\' && j + 1 < value.length() && (value.charAt(j + 1) == '"' || value.charAt(j + 1) == '\\')) {
                        c = value.charAt(++j);
                    }
                    v.append(c);
                    j++;
                }
                i = value.indexOf(';', j);
            } else {
                int end = value.indexOf(';', j);
                v.append(value, j, end < 0 ? value.length() : end);
                i = end;
            }
            parameters.putIfAbsent(name, v.toString().strip());
        }
        return parameters;
    }

    /** An RFC 8187 ext-value ({@code UTF-8''%E5%90%8D.pdf}) decoded; empty if it is not one we can read. */
    static Optional<String> extendedValue(String value) {
        int first = value.indexOf('\'');
        int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
        if (second < 0) {
            return Optional.empty();
        }
        String charset = value.substring(0, first).strip().toUpperCase(Locale.ROOT);
        if (!charset.equals("UTF-8") && !charset.equals("ISO-8859-1")) {
            return Optional.empty();
        }
        String encoded = value.substring(second + 1);
        ByteBuffer bytes = ByteBuffer.allocate(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(encoded.charAt(i + 1), 16);
                int lo = Character.digit(encoded.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.put((byte) (hi << 4 | lo));
                i += 2;
            } else if (c > 0x20 && c < 0x7f) {
                bytes.put((byte) c);
            } else {
                return Optional.empty();
            }
        }
        bytes.flip();
        try {
            return Optional.of((charset.equals("UTF-8") ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1)
                    .newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
