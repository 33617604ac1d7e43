package com.greencert.notification.persistence;

import com.greencert.notification.domain.Delivery;
import com.greencert.notification.domain.NotificationStatus;
import com.greencert.notification.domain.Outbox;
import com.greencert.notification.domain.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
class JpaOutbox implements Outbox {

    private static final int MAX_ERROR = 1000;

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Override
    public void add(OutboxMessage message) {
        em.persist(message);
    }

    @Override
    public Optional<OutboxMessage> find(String id) {
        return Optional.ofNullable(em.find(OutboxMessage.class, id));
    }

    @Override
    public List<String> due(Instant now, Instant staleBefore, int max) {
        return em.createQuery("select m.id from OutboxMessage m where (m.status = :pending and m.nextAttemptAt <= :now)"
                + " or (m.status = :sending and m.claimedAt < :stale) order by m.nextAttemptAt", String.class)
                .setParameter("pending", NotificationStatus.PENDING).setParameter("sending", NotificationStatus.SENDING)
                .setParameter("now", now).setParameter("stale", staleBefore)
                .setMaxResults(max).getResultList();
    }

    @Override
    public boolean claim(String id, String node, Instant now, Instant staleBefore) {
        return em.createQuery("update OutboxMessage m set m.status = :sending, m.claimedBy = :node, m.claimedAt = :now,"
                + " m.attempts = m.attempts + 1 where m.id = :id and ((m.status = :pending and m.nextAttemptAt <= :now)"
                + " or (m.status = :sending and m.claimedAt < :stale))")
                .setParameter("pending", NotificationStatus.PENDING).setParameter("sending", NotificationStatus.SENDING)
                .setParameter("node", node).setParameter("now", now).setParameter("stale", staleBefore)
                .setParameter("id", id).executeUpdate() == 1;
    }

    @Override
    public boolean delivered(String id, String node, Delivery delivery, Instant now) {
        if (!renew(id, node, now)) {
            return false;
        }
        em.persist(delivery);
        return true;
    }

    private boolean renew(String id, String node, Instant now) {
        return em.createQuery("update OutboxMessage m set m.claimedAt = :now where m.id = :id and m.status = :sending"
                + " and m.claimedBy = :node")
                .setParameter("now", now).setParameter("id", id).setParameter("sending", NotificationStatus.SENDING)
                .setParameter("node", node).executeUpdate() == 1;
    }

    @Override
    public Set<String> deliveredTo(String id) {
        return new HashSet<>(em.createQuery("select d.recipient from Delivery d where d.outboxId = :id", String.class)
                .setParameter("id", id).getResultList());
    }

    @Override
    public boolean finish(String id, String node, NotificationStatus status, String error, Instant now) {
        return em.createQuery("update OutboxMessage m set m.status = :status, m.finishedAt = :now, m.lastError = :error"
                + " where m.id = :id and m.status = :sending and m.claimedBy = :node")
                .setParameter("status", status).setParameter("now", now).setParameter("error", clip(error))
                .setParameter("id", id).setParameter("sending", NotificationStatus.SENDING).setParameter("node", node)
                .executeUpdate() == 1;
    }

    @Override
    public boolean retryLater(String id, String node, Instant nextAttemptAt, String error) {
        return em.createQuery("update OutboxMessage m set m.status = :pending, m.nextAttemptAt = :next,"
                + " m.lastError = :error, m.claimedBy = null, m.claimedAt = null"
                + " where m.id = :id and m.status = :sending and m.claimedBy = :node")
                .setParameter("pending", NotificationStatus.PENDING).setParameter("next", nextAttemptAt)
                .setParameter("error", clip(error)).setParameter("id", id)
                .setParameter("sending", NotificationStatus.SENDING).setParameter("node", node)
                .executeUpdate() == 1;
    }

    private static String clip(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }
}
