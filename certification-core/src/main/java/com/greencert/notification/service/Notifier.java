package com.greencert.notification.service;

import com.greencert.notification.domain.Notification;
import com.greencert.notification.domain.Outbox;
import com.greencert.notification.domain.OutboxMessage;
import com.greencert.notification.domain.Recipients;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Tells people by e-mail that something needs their action. Call it inside the business transaction that
 * makes the change: the notification is written to the outbox in that transaction, so a change that
 * rolls back mails nobody, and one that commits is mailed (by {@link OutboxSender}, on one of the nodes,
 * retried while the mail server is away). Who the recipients are, and their language, is looked up when
 * the mail is sent. The template and its arguments are checked here, so a mistake fails the change at
 * once rather than the mail later.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Notifier {

    private static final Logger LOG = Logger.getLogger(Notifier.class.getName());

    @Inject
    Outbox outbox;

    @Inject
    MailTemplates templates;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    /**
     * Queues a mail to the recipients with the template (e.g. {@code evidence.shared}) and its arguments;
     * see {@link Notification} and {@link MailTemplates}.
     */
    public void notify(Recipients to, String template, Map<String, String> arguments) {
        notify(new Notification(to, template, arguments));
    }

    public void notify(Notification notification) {
        templates.check(notification);
        OutboxMessage message = new OutboxMessage(notification, originTenant(), clock.instant());
        outbox.add(message);
        LOG.info(() -> "Notification " + message.id() + " (" + notification.template() + " to " + notification.to()
                + ") queued");
    }

    private TenantId originTenant() {
        try {
            return callers.current().map(Caller::tenantId).orElse(null);
        } catch (ContextNotActiveException noRequest) {
            return null;
        }
    }
}
