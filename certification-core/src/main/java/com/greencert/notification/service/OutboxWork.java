package com.greencert.notification.service;

import com.greencert.notification.domain.Delivery;
import com.greencert.notification.domain.NotificationStatus;
import com.greencert.notification.domain.Outbox;
import com.greencert.notification.domain.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sender's steps on the outbox, each in its own short transaction, so that a claim is visible to the
 * other nodes before any mail goes out and each mailed recipient is recorded as soon as it is mailed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OutboxWork {

    @Inject
    Outbox outbox;

    public List<String> due(Instant now, Instant staleBefore, int max) {
        return outbox.due(now, staleBefore, max);
    }

    /** The notification, if this node took it now. */
    public Optional<OutboxMessage> claim(String id, String node, Instant now, Instant staleBefore) {
        return outbox.claim(id, node, now, staleBefore) ? outbox.find(id) : Optional.empty();
    }

    public Set<String> deliveredTo(String id) {
        return outbox.deliveredTo(id);
    }

    public boolean delivered(String id, String node, Delivery delivery, Instant now) {
        return outbox.delivered(id, node, delivery, now);
    }

    public boolean finish(String id, String node, NotificationStatus status, String error, Instant now) {
        return outbox.finish(id, node, status, error, now);
    }

    public boolean retryLater(String id, String node, Instant next, String error) {
        return outbox.retryLater(id, node, next, error);
    }
}
