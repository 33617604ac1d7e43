package com.greencert.notification.persistence;

import com.greencert.shared.persistence.H2Database;
import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.notification.domain.Delivery;
import com.greencert.notification.domain.Notification;
import com.greencert.notification.domain.NotificationStatus;
import com.greencert.notification.domain.OutboxMessage;
import com.greencert.notification.domain.Recipients;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.TenantId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The outbox on the V6 schema (H2): only one node's conditional update takes a notification, a node that
 * lost its claim changes nothing, a claim left by a dead node is taken over after the timeout, and failed
 * notifications come back when their next attempt is due. (MariaDB: the integration tests.)
 */
class NotificationOutboxTest {

    private static final String URL = "jdbc:h2:mem:notification-outbox;DB_CLOSE_DELAY=-1";
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    private static EntityManagerFactory emf;

    @BeforeAll
    static void start() {
        emf = H2Database.migratedAndOpen(URL, "notification-outbox-test");
    }

    @AfterAll
    static void stop() {
        if (emf != null) {
            emf.close();
        }
    }

    /** One transaction, as the sender's steps are. */
    private static <T> T tx(Function<JpaOutbox, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            JpaOutbox outbox = new JpaOutbox();
            outbox.em = em;
            T result = work.apply(outbox);
            em.getTransaction().commit();
            return result;
        } finally {
            em.close();
        }
    }

    private static String queued(Instant at) {
        OutboxMessage m = new OutboxMessage(new Notification(Recipients.withRole(Role.ASSESSOR, TenantId.of("sinoeco-cert")),
                "evidence.shared", Map.of("supplier", "Zhejiang GreenPower", "supplier.zh", "浙江绿能", "title", "SDS")),
                TenantId.of("zhejiang-greenpower"), at);
        tx(o -> {
            o.add(m);
            return null;
        });
        return m.id();
    }

    private static OutboxMessage read(String id) {
        return tx(o -> o.find(id)).orElseThrow();
    }

    @Test
    void only_one_node_takes_a_notification_and_only_it_can_finish_it() {
        String id = queued(T0);
        Instant now = T0.plusSeconds(1);
        assertThat(NotificationOutboxTest.<java.util.List<String>>tx(o -> o.due(now, now.minus(TIMEOUT), 100))).contains(id);

        assertThat(NotificationOutboxTest.<Boolean>tx(o -> o.claim(id, "node-a", now, now.minus(TIMEOUT)))).isTrue();
        assertThat(NotificationOutboxTest.<Boolean>tx(o -> o.claim(id, "node-b", now, now.minus(TIMEOUT)))).isFalse();
        assertThat(NotificationOutboxTest.<java.util.List<String>>tx(o -> o.due(now, now.minus(TIMEOUT), 100))).doesNotContain(id);
        OutboxMessage taken = read(id);
        assertThat(taken.status()).isEqualTo(NotificationStatus.SENDING);
        assertThat(taken.claimedBy()).contains("node-a");
        assertThat(taken.attempts()).isEqualTo(1);
        assertThat(taken.notification().arguments()).containsEntry("supplier.zh", "浙江绿能");

        assertThat(NotificationOutboxTest.<Boolean>tx(o -> o.finish(id, "node-b", NotificationStatus.SENT, null, now))).isFalse();
        assertThat(NotificationOutboxTest.<Boolean>tx(o -> o.delivered(id, "node-a", new Delivery(id, "user-1", "u1@x.example", NotificationStatus.SENT, now), now)))
                .isTrue();
        assertThat(NotificationOutboxTest.<java.util.Set<String>>tx(o -> o.deliveredTo(id))).containsExactly("user-1");
        assertThat(NotificationOutboxTest.<Boolean>tx(o -> o.finish(id, "node-a", NotificationStatus.SENT, null, now))).isTrue();
        assertThat(read(id).status()).isEqualTo(NotificationStatus.SENT);
        assertThat(read(id).finishedAt()).contains(now);
        assertThat(NotificationOutboxTest.<Boolean>tx(o -> o.claim(id, "node-b", now.plus(TIMEOUT.multipliedBy(2)), now.plus(TIMEOUT)))).isFalse();
    }

    @Test
    void a_claim_left_by_a_dead_node_is_taken_over_after_the_timeout_and_the_dead_node_can_no_longer_finish() {
        String id = queued(T0);
        assertThat(NotificationOutboxTest.<Boolean>tx(o -> o.claim(id, "dead-node", T0, T0.minus(TIMEOUT)))).isTrue();

        Instant soon = T0.plus(TIMEOUT).minusSeconds(1);
        assertThat(NotificationOutboxTest.<java.util.List<String>>tx(o -> o.due(soon, soon.minus(TIMEOUT), 100))).doesNotContain(id);
        assertThat(NotificationOutboxTest.<Boolean>tx(o -> o.claim(id, "node-b", soon, soon.minus(TIMEOUT)))).isFalse();

        Instant later = T0.plus(TIMEOUT).plusSeconds(1);
        assertThat(NotificationOutboxTest.<java.util.List<String>>tx(o -> o.due(later, later.minus(TIMEOUT), 100))).contains(id);
        assertThat(NotificationOutboxTest.<Boolean>tx(o -> o.claim(id, "node-b", later, later.minus(TIMEOUT)))).isTrue();
        assertThat(read(id).claimedBy()).contains("node-b");
        assertThat(read(id).attempts()).isEqualTo(2);
        assertThat(NotificationOutboxTest.<Boolean>tx(o -> o.delivered(id, "dead-node", new Delivery(id, "u", "u@x.example", NotificationStatus.SENT, later),
                later))).isFalse();
        assertThat(NotificationOutboxTest.<Boolean>tx(o -> o.finish(id, "dead-node", NotificationStatus.SENT, null, later))).isFalse();
        assertThat(NotificationOutboxTest.<java.util.Set<String>>tx(o -> o.deliveredTo(id))).isEmpty();
    }

    @Test
    void a_failed_attempt_comes_back_when_due_and_keeps_its_last_error() {
        String id = queued(T0);
        assertThat(NotificationOutboxTest.<Boolean>tx(o -> o.claim(id, "node-a", T0, T0.minus(TIMEOUT)))).isTrue();
        Instant next = T0.plusSeconds(30);
        assertThat(NotificationOutboxTest.<Boolean>tx(o -> o.retryLater(id, "node-a", next, "IllegalStateException: SMTP down " + "x".repeat(2000)))).isTrue();

        OutboxMessage waiting = read(id);
        assertThat(waiting.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(waiting.claimedBy()).isEmpty();
        assertThat(waiting.lastError()).hasValueSatisfying(e -> assertThat(e).startsWith("IllegalStateException: SMTP down").hasSize(1000));
        assertThat(NotificationOutboxTest.<java.util.List<String>>tx(o -> o.due(next.minusSeconds(1), next.minus(TIMEOUT), 100))).doesNotContain(id);
        assertThat(NotificationOutboxTest.<Boolean>tx(o -> o.claim(id, "node-b", next.minusSeconds(1), next.minus(TIMEOUT)))).isFalse();
        assertThat(NotificationOutboxTest.<Boolean>tx(o -> o.claim(id, "node-b", next, next.minus(TIMEOUT)))).isTrue();
        assertThat(NotificationOutboxTest.<Boolean>tx(o -> o.finish(id, "node-b", NotificationStatus.FAILED, "gave up", next))).isTrue();
        assertThat(read(id).status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(read(id).attempts()).isEqualTo(2);
        assertThat(NotificationOutboxTest.<java.util.List<String>>tx(o -> o.due(next.plus(Duration.ofDays(1)), next, 100))).doesNotContain(id);
    }
}
