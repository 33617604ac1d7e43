package com.greencert.notification.service;

import java.util.Objects;

/**
 * A person to mail, as the identity provider knows them at send time: id, user name, e-mail address
 * (may be missing), name to greet, and the {@code locale} they chose (may be missing).
 */
public record Recipient(String userId, String username, String email, String displayName, String locale) {

    public Recipient {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
        email = email == null || email.isBlank() ? null : email.strip();
    }

    public MailLanguage language() {
        return MailLanguage.forLocale(locale);
    }
}
