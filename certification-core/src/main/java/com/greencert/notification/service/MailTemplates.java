package com.greencert.notification.service;

import com.greencert.notification.domain.Notification;
import com.greencert.shared.config.GreenCertConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a notification's mail for one reader from the bundles {@code mail.properties} (English) and
 * {@code mail_zh_CN.properties} (Simplified Chinese) next to this class. A template {@code key} has
 * {@code key.subject} and {@code key.body}, in {@link MessageFormat} syntax with argument names instead
 * of numbers ({@code {supplier}}, {@code {title}}; {@code ''} for an apostrophe). Besides the notification's
 * own arguments every template may use {@code {recipient}} (the reader's name) and {@code {link}} (the
 * portal's public URL plus the argument {@code path}, or the portal's home). For a Chinese reader an
 * argument {@code name.zh}, when given, replaces {@code name}.
 */
@ApplicationScoped
public class MailTemplates {

    static final String BUNDLE = "com.greencert.notification.service.mail";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)(,[^{}]*)?}");

    @Inject
    GreenCertConfig config;

    private String publicUrl;

    public MailTemplates() {
    }

    /** For tests: templates linking to the given public URL. */
    public MailTemplates(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    /** The mail for a reader of the given language. Throws if the template or one of its arguments is missing. */
    public RenderedMail render(Notification notification, String recipientName, MailLanguage language) {
        ResourceBundle bundle = bundle(language);
        Map<String, String> arguments = new HashMap<>(notification.arguments());
        arguments.put("recipient", recipientName);
        String path = arguments.getOrDefault("path", "/");
        arguments.put("link", publicUrl() + (path.startsWith("/") ? path : "/" + path));
        String key = notification.template();
        String subject = format(key, text(bundle, key + ".subject"), arguments, language);
        String body = format(key, text(bundle, key + ".body"), arguments, language);
        return new RenderedMail(language, subject.replaceAll("[\\r\\n]+", " ").strip(), body);
    }

    /** Fails if the notification cannot be written in every language (unknown template, missing argument). */
    public void check(Notification notification) {
        for (MailLanguage language : MailLanguage.values()) {
            render(notification, "check", language);
        }
    }

    static ResourceBundle bundle(MailLanguage language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(), MailTemplates.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String text(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no mail template " + key + " (add it to " + BUNDLE.replace('.', '/')
                    + "{,_zh_CN}.properties)", e);
        }
    }

    /** The argument names a template text uses, in order of first use. */
    static List<String> placeholders(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    static String format(String template, String text, Map<String, String> arguments, MailLanguage language) {
        List<String> names = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder pattern = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            int index = names.indexOf(name);
            if (index < 0) {
                String value = language == MailLanguage.SIMPLIFIED_CHINESE && arguments.containsKey(name + ".zh")
                        ? arguments.get(name + ".zh") : arguments.get(name);
                if (value == null) {
                    throw new IllegalArgumentException("mail template " + template + " needs the argument " + name);
                }
                names.add(name);
                values.add(value);
                index = names.size() - 1;
            }
            m.appendReplacement(pattern, Matcher.quoteReplacement("{" + index + (m.group(2) == null ? "" : m.group(2)) + "}"));
        }
        m.appendTail(pattern);
        return new MessageFormat(pattern.toString(), language.locale()).format(values.toArray());
    }

    private String publicUrl() {
        String url = publicUrl != null ? publicUrl : config.publicUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
