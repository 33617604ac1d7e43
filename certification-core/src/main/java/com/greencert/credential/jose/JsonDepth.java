package com.greencert.credential.jose;

/** Refuses JSON nested deeper than {@link CredentialJose#MAX_DEPTH} before any parser sees it (a scan, no recursion). */
final class JsonDepth {

    private JsonDepth() {
    }

    static void check(String json) throws JoseRefusal {
        if (depth(json) > CredentialJose.MAX_DEPTH) {
            throw new JoseRefusal("too-deep", "JSON nested deeper than " + CredentialJose.MAX_DEPTH);
        }
    }

    /** The deepest nesting of objects and arrays, ignoring brackets inside strings. */
    static int depth(String json) {
        int depth = 0;
        int max = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                max = Math.max(max, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return max;
    }
}
