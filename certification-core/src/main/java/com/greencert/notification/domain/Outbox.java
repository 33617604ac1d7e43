package com.greencert.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The outbox of notifications, shared by every node. Taking a notification, and everything a node does
 * with one it took, is a conditional update that names the node: a node that lost its claim (it was too
 * slow and another node took the notification over) changes nothing.
 */
public interface Outbox {

    void add(OutboxMessage message);

    Optional<OutboxMessage> find(String id);

    /**
     * Ids of notifications that may be taken now: pending ones whose next attempt is due, and ones taken
     * before {@code staleBefore} and never finished (their node died), oldest first.
     */
    List<String> due(Instant now, Instant staleBefore, int max);

    /**
     * Takes the notification for this node if it is still takeable (pending and due, or stale); counts
     * an attempt. True only for the one node whose update changed the row.
     */
    boolean claim(String id, String node, Instant now, Instant staleBefore);

    /** Records a mailed recipient and renews the node's claim; false if the node no longer holds it. */
    boolean delivered(String id, String node, Delivery delivery, Instant now);

    /** The user ids already mailed for this notification. */
    Set<String> deliveredTo(String id);

    /** Ends the node's claim with a final status. */
    boolean finish(String id, String node, NotificationStatus status, String error, Instant now);

    /** Ends the node's claim and puts the notification back, to be tried again at {@code nextAttemptAt}. */
    boolean retryLater(String id, String node, Instant nextAttemptAt, String error);
}
