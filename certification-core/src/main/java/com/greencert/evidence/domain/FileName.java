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

    /** Keeps the last path segment, drops control and path characters, leading dots and excess length. */
    public static String sanitize(String name) {
        if (name == null) {
            return "file";
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFC);
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(slash + 1);
        StringBuilder safe = new StringBuilder();
        n.codePoints().forEach(c -> {
            boolean ok = Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == ' '
                    || c == '(' || c == ')';
            safe.appendCodePoint(ok ? c : '_');
        });
        String s = safe.toString().strip().replaceAll("\\.{2,}", ".").replaceAll("^[. ]+", "");
        if (s.length() > MAX_LENGTH) {
            int dot = s.lastIndexOf('.');
            String ext = dot > 0 && s.length() - dot <= 10 ? s.substring(dot) : "";
            s = s.substring(0, MAX_LENGTH - ext.length()) + ext;
        }
        return s.isBlank() || s.chars().allMatch(c -> c == '_') ? "file" : s;
    }

    /** The lower-case extension without the dot, or empty. */
    public static String extension(String sanitized) {
        int dot = sanitized.lastIndexOf('.');
        return dot < 0 ? "" : sanitized.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
