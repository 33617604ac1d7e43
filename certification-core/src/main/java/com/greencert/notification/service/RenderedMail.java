package com.greencert.notification.service;

/** A mail written for one reader: subject (one line) and plain-text body. */
public record RenderedMail(MailLanguage language, String subject, String body) {
}
