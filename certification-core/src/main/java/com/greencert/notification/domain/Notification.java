package com.greencert.notification.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Something that needs someone's action, to be mailed: to whom, which template (a key such as
 * {@code evidence.shared}, whose subject and body are in the mail bundles) and the template's arguments
 * by name. An argument {@code name.zh} is the Chinese form of {@code name}, used for Chinese readers.
 * The argument {@code path} is special: the mail links to the portal's public URL plus this path.
 */
public record Notification(Recipients to, String template, Map<String, String> arguments) {

    private static final Pattern TEMPLATE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*");
    private static final Pattern ARGUMENT = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*(\\.zh)?");

    public Notification {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(template, "template");
        if (template.length() > 100 || !TEMPLATE.matcher(template).matches()) {
            throw new IllegalArgumentException("template key must be dotted lower-case words: " + template);
        }
        Map<String, String> copy = new LinkedHashMap<>();
        (arguments == null ? Map.<String, String>of() : arguments).forEach((k, v) -> {
            if (k == null || !ARGUMENT.matcher(k).matches()) {
                throw new IllegalArgumentException("argument names are letters and digits (optionally .zh): " + k);
            }
            copy.put(k, Objects.requireNonNull(v, () -> "argument " + k));
        });
        arguments = java.util.Collections.unmodifiableMap(copy);
    }
}
