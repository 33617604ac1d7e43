package com.greencert.registry.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.certification.domain.Applications;
import com.greencert.credential.service.PublicCredentials;
import com.greencert.registry.domain.RegistryChange;
import com.greencert.registry.domain.RegistryChanges;
import com.greencert.shared.cluster.domain.ClusterJob;
import com.greencert.shared.cluster.domain.ClusterJobs;
import com.greencert.shared.domain.TenantId;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The expiry chore on its ports: it runs only when due and claimed, and writes one change for each supplier
 * whose certification or credential ended its validity in the window since the last run.
 */
class RegistryChoresTest {

    private static final Instant T0 = Instant.parse("2026-12-03T00:10:00Z");

    /** Validity end dates of certifications (A, B) and credentials (B, C); D's is far in the future. */
    private static final Map<String, LocalDate> CERTIFIED_UNTIL = Map.of("supplier-a", LocalDate.parse("2026-12-02"),
            "supplier-b", LocalDate.parse("2026-12-02"), "supplier-d", LocalDate.parse("2029-01-01"));
    private static final Map<String, LocalDate> CREDENTIAL_UNTIL = Map.of("supplier-b", LocalDate.parse("2026-12-02"),
            "supplier-c", LocalDate.parse("2026-11-20"));

    final List<RegistryChange> written = new ArrayList<>();
    final List<String> claims = new ArrayList<>();
    Instant lastRun = Instant.parse("2026-12-02T23:40:00Z");
    long runs = 7;
    boolean otherNodeClaims;
    Instant now = T0;

    RegistryChores chores() {
        RegistryChores c = new RegistryChores();
        c.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        c.jobs = new ClusterJobs() {
            @Override
            public Optional<ClusterJob> find(String name) {
                return Optional.of(new ClusterJob(name, runs, lastRun));
            }

            @Override
            public boolean claim(String name, long runsRead, Instant at, String node) {
                if (otherNodeClaims || runsRead != runs) {
                    return false;
                }
                runs++;
                lastRun = at;
                claims.add(name + "@" + node);
                return true;
            }
        };
        c.changes = new RegistryChanges() {
            @Override
            public void record(RegistryChange change) {
                written.add(change);
            }

            @Override
            public List<RegistryChange> after(long after, int max) {
                return List.of();
            }

            @Override
            public List<RegistryChange> among(java.util.Collection<Long> sequences) {
                return List.of();
            }

            @Override
            public long latest() {
                return 0;
            }

            @Override
            public long oldest() {
                return 0;
            }

            @Override
            public int prune(Instant before) {
                return 3;
            }
        };
        c.applications = (Applications) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Applications.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("suppliersCertifiedUntil")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return within(CERTIFIED_UNTIL, (LocalDate) args[0], (LocalDate) args[1]);
                });
        c.credentials = new PublicCredentials() {
            @Override
            public List<TenantId> suppliersValidUntil(LocalDate from, LocalDate to) {
                return within(CREDENTIAL_UNTIL, from, to);
            }
        };
        return c;
    }

    private static List<TenantId> within(Map<String, LocalDate> until, LocalDate from, LocalDate to) {
        return until.entrySet().stream().filter(e -> !e.getValue().isBefore(from) && !e.getValue().isAfter(to))
                .map(e -> TenantId.of(e.getKey())).sorted(java.util.Comparator.comparing(TenantId::value)).toList();
    }

    @Test
    void a_run_past_midnight_re_reads_the_suppliers_whose_certificates_ended_yesterday_once_each() {
        OptionalInt marked = chores().markExpired("node-1", Duration.ofMinutes(30));
        assertThat(marked).hasValue(2);
        assertThat(written).extracting(RegistryChange::supplier).containsExactly("supplier-a", "supplier-b");
        assertThat(written).allSatisfy(c -> {
            assertThat(c.reason()).isEqualTo("expiry");
            assertThat(c.changedAt()).isEqualTo(T0);
        });
        assertThat(claims).containsExactly("expiry@node-1");
    }

    @Test
    void nothing_is_written_when_not_due_or_claimed_by_another_node() {
        lastRun = T0.minus(Duration.ofMinutes(10));
        assertThat(chores().markExpired("node-1", Duration.ofMinutes(30))).isEmpty();
        lastRun = T0.minus(Duration.ofHours(2));
        otherNodeClaims = true;
        assertThat(chores().markExpired("node-1", Duration.ofMinutes(30))).isEmpty();
        assertThat(written).isEmpty();
        assertThat(claims).isEmpty();
    }

    @Test
    void after_a_long_stop_the_window_reaches_back_to_the_last_run() {
        lastRun = Instant.parse("2026-11-15T12:00:00Z");
        assertThat(chores().markExpired("node-2", Duration.ofMinutes(30))).hasValue(3);
        assertThat(written).extracting(RegistryChange::supplier).containsExactly("supplier-a", "supplier-b", "supplier-c");
    }

    @Test
    void pruning_runs_when_claimed() {
        lastRun = T0.minus(Duration.ofDays(2));
        assertThat(chores().prune("node-1", Duration.ofDays(1), Duration.ofDays(7))).hasValue(3);
        assertThat(claims).containsExactly("prune@node-1");
        assertThat(chores().prune("node-1", Duration.ofDays(1), Duration.ofDays(7))).as("ran a moment ago").isEmpty();
    }
}
