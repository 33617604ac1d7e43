package com.greencert.audit.persistence;

import com.greencert.shared.persistence.H2Database;
import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.audit.domain.AuditChainHead;
import com.greencert.audit.domain.AuditRecord;
import com.greencert.audit.domain.ChainBreak;
import com.greencert.audit.domain.ChainVerification;
import com.greencert.audit.domain.ChainVerifier;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.domain.UserId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit tables of V5 on H2: entries round-trip with their hashes intact (times to the microsecond),
 * the head row is created on the first append, appends from several threads (standing in for nodes)
 * serialize on the locked head without gaps or duplicates, and a row changed in the database is found.
 * (MariaDB is covered by AuditChainIT in portal-web.)
 */
class AuditLogMappingTest {

    private static final String URL = "jdbc:h2:mem:audit-mapping;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000";
    private static EntityManagerFactory emf;

    @BeforeAll
    static void start() {
        H2Database.migrate(URL);
        // the head-creation race below logs its lost inserts
        emf = H2Database.open(URL, Map.of("eclipselink.session-name", "audit-mapping-test",
                "eclipselink.logging.level", "SEVERE", "eclipselink.connection-pool.default.max", "8"));
    }

    @AfterAll
    static void stop() {
        if (emf != null) {
            emf.close();
        }
    }

    /** Outside a container: the head is created in a transaction of its own, as REQUIRES_NEW does there. */
    private static final class LocalHeadCreator extends AuditHeadCreator {
        @Override
        void createIfAbsent(TenantId ledger) {
            EntityManager own = emf.createEntityManager();
            try {
                own.getTransaction().begin();
                em = own;
                super.createIfAbsent(ledger);
                own.getTransaction().commit();
            } finally {
                if (own.getTransaction().isActive()) {
                    own.getTransaction().rollback();
                }
                own.close();
            }
        }
    }

    private static void inTransaction(Consumer<JpaAuditLog> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            JpaAuditLog log = new JpaAuditLog();
            log.em = em;
            log.creator = new LocalHeadCreator();
            work.accept(log);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static void append(TenantId ledger, String detail) {
        inTransaction(log -> {
            AuditChainHead head = log.lockHead(ledger);
            log.add(head.append(Instant.now(), new UserId("fbda9b50"), "li.supplier", ledger, "evidence.downloaded",
                    "evidence", "e-1", detail));
        });
    }

    private static ChainVerification verify(TenantId ledger) {
        List<ChainVerification> result = new ArrayList<>();
        inTransaction(log -> {
            AuditChainHead head = log.head(ledger).orElseThrow();
            ChainVerifier verifier = new ChainVerifier(ledger);
            long after = 0;
            List<AuditRecord> page;
            do { // pages of 2, to walk the paging path
                page = log.page(ledger, after, head.lastSeq(), 2);
                page.forEach(verifier::accept);
                after = page.isEmpty() ? after : page.getLast().seq();
            } while (page.size() == 2);
            result.add(verifier.finish(head.lastSeq(), head.lastHash()));
        });
        return result.getFirst();
    }

    @Test
    void entries_round_trip_with_their_hashes_and_the_newest_come_first() {
        TenantId ledger = TenantId.of("round-trip");
        append(ledger, null);
        append(ledger, "reader=sinoeco-cert · 读取");
        append(ledger, "x".repeat(2000));

        assertThat(verify(ledger)).isEqualTo(ChainVerification.intact(ledger, 3));
        inTransaction(log -> {
            assertThat(log.recent(ledger, 0, 2)).extracting(AuditRecord::seq).containsExactly(3L, 2L);
            assertThat(log.recent(ledger, 2, 2)).extracting(AuditRecord::seq).containsExactly(1L);
            assertThat(log.maxSeq(ledger)).isEqualTo(3);
            assertThat(log.firstAfter(ledger, 1)).hasValueSatisfying(r -> assertThat(r.seq()).isEqualTo(2));
            assertThat(log.recent(TenantId.of("nobody-here"), 0, 10)).isEmpty();
        });
    }

    @Test
    void appends_from_several_threads_serialize_on_the_head_without_gaps() throws Exception {
        TenantId ledger = TenantId.of("busy-ledger");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        append(ledger, "thread " + thread + " #" + i);
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        inTransaction(log -> assertThat(log.recent(ledger, 0, 100)).extracting(AuditRecord::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 40).map(i -> 41 - i).boxed().toList()));
        assertThat(verify(ledger)).isEqualTo(ChainVerification.intact(ledger, 40));
    }

    @Test
    void a_row_changed_in_the_database_is_found() throws Exception {
        TenantId ledger = TenantId.of("tampered");
        for (int i = 0; i < 4; i++) {
            append(ledger, "entry " + i);
        }
        try (Connection c = DriverManager.getConnection(URL, "sa", "");
                PreparedStatement update = c.prepareStatement("update audit_entry set detail = ? where ledger = ? and seq = 2")) {
            update.setString(1, "nothing to see");
            update.setString(2, ledger.value());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        ChainVerification result = verify(ledger);
        assertThat(result.brokenSeq()).isEqualTo(2);
        assertThat(result.reason()).isEqualTo(ChainBreak.ENTRY_ALTERED);
    }
}
