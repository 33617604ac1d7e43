package com.greencert.notification.service;

import com.greencert.notification.domain.NotificationStatus;
import com.greencert.shared.config.GreenCertConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Hands mails to the SMTP server configured by {@code greencert.smtp.host} / {@code .port} /
 * {@code .user} / {@code .password} / {@code .starttls} and {@code greencert.mail.from} (Jakarta Mail;
 * Payara ships the implementation, Angus Mail). With no host configured (a local run), each mail is
 * written to the log as one line instead and counts as {@link NotificationStatus#SENT_TO_LOG}.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    GreenCertConfig config;

    private Session session;
    private InternetAddress from;
    private String host;

    @PostConstruct
    void configure() {
        try {
            from = new InternetAddress(config.mailFrom(), true);
        } catch (MessagingException e) {
            throw new IllegalStateException("greencert.mail.from is not an e-mail address: " + e.getMessage(), e);
        }
        if (config.smtp().isEmpty()) {
            LOG.info("No SMTP host configured (greencert.smtp.host): notification mails are written to the log");
            return;
        }
        GreenCertConfig.Smtp smtp = config.smtp().get();
        host = smtp.host();
        int port = smtp.port();
        boolean starttls = smtp.starttls();
        Optional<String> user = smtp.user();
        String password = smtp.password();
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "20000");
        props.put("mail.smtp.writetimeout", "20000");
        props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        props.put("mail.smtp.starttls.required", String.valueOf(starttls));
        props.put("mail.smtp.auth", String.valueOf(user.isPresent()));
        Authenticator authenticator = user.map(u -> new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(u, password);
            }
        }).orElse(null);
        session = Session.getInstance(props, authenticator);
        LOG.info(() -> "Notification mails go to SMTP " + host + ":" + port + (starttls ? " (STARTTLS)" : "")
                + (user.isPresent() ? " as " + user.get() : "") + " from " + from);
    }

    /** True when mails really go out (an SMTP host is configured). */
    public boolean smtpConfigured() {
        return host != null;
    }

    /**
     * Mails one reader, or logs the mail when no SMTP host is configured. Throws when the server does not
     * take the mail (the notification is then retried).
     */
    public NotificationStatus send(Recipient to, RenderedMail mail, String notificationId) {
        if (session == null) {
            LOG.info(() -> "Mail (no SMTP host, not sent) notification=" + notificationId + " to=" + to.username()
                    + " <" + to.email() + "> lang=" + mail.language().tag() + " subject=\"" + mail.subject()
                    + "\" body=\"" + mail.body().replace("\r", "").replace("\n", "\\n") + "\"");
            return NotificationStatus.SENT_TO_LOG;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(from);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to.email(), to.displayName(), "UTF-8"));
            message.setSubject(mail.subject(), "UTF-8");
            message.setText(mail.body(), "UTF-8");
            message.setHeader("Content-Language", mail.language().tag());
            message.setHeader("X-GreenCert-Notification", notificationId);
            message.setSentDate(new Date());
            Transport.send(message);
            LOG.info(() -> "Mailed notification " + notificationId + " to " + to.username() + " <" + to.email() + ">");
            return NotificationStatus.SENT;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("SMTP " + host + " did not take the mail to " + to.email() + ": " + e.getMessage(), e);
        }
    }
}
