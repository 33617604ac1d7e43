package com.greencert.certification.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.certification.domain.Actor;
import com.greencert.certification.domain.ApplicationId;
import com.greencert.certification.domain.ApplicationStatus;
import com.greencert.certification.domain.AttachedEvidence;
import com.greencert.certification.domain.CertificationApplication;
import com.greencert.certification.domain.Criterion;
import com.greencert.certification.domain.Scheme;
import com.greencert.certification.domain.SchemeId;
import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.persistence.H2Database;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Before a piece of evidence is retired, evidence asks which of the supplier's undecided applications carry it:
 * the query on H2 with the production migrations and mapping (a draft counts; a cancelled one does not; another
 * supplier's applications are not seen).
 */
class AwaitingDecisionCarryingTest {

    private static final TenantId SUPPLIER = TenantId.of("zhejiang-greenpower");
    private static final TenantId BODY = TenantId.of("sinoeco-cert");
    private static final Actor LI = new Actor("li.supplier", null, SUPPLIER, Set.of(Role.SUPPLIER), false);
    private static EntityManagerFactory emf;

    @BeforeAll
    static void open() {
        emf = H2Database.migratedAndOpen("jdbc:h2:mem:awaiting-decision;DB_CLOSE_DELAY=-1", "awaiting-decision-test");
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    private static void as(TenantId tenant, Consumer<JpaApplications> work) {
        EntityManager em = emf.createEntityManager(H2Database.asTenant(tenant.value()));
        try {
            em.getTransaction().begin();
            JpaApplications applications = new JpaApplications();
            applications.em = em;
            work.accept(applications);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    @Test
    void only_the_suppliers_applications_not_yet_decided_count() {
        Instant now = Instant.parse("2026-03-02T08:00:00Z");
        Scheme scheme = new Scheme(SchemeId.newId(), BODY, "GCE-RETIRE", "Retire test", null, 36, 12,
                List.of(new Criterion("SDS", "Safety data sheet", null, Set.of(EvidenceType.SAFETY_DATA_SHEET), 36, null,
                        null)), now);
        scheme.publish("sun.decider", now);
        scheme.freeze();
        EvidenceId sds = EvidenceId.newId();
        CertificationApplication draft = new CertificationApplication(ApplicationId.newId(), LI, scheme, now);
        draft.attach(LI, new AttachedEvidence(sds, EvidenceType.SAFETY_DATA_SHEET, "SDS", LocalDate.of(2026, 1, 5), null),
                now);
        EntityManager em = emf.createEntityManager(H2Database.asTenant(BODY.value()));
        em.getTransaction().begin();
        em.persist(scheme);
        em.getTransaction().commit();
        em.close();
        as(SUPPLIER, applications -> applications.add(draft));

        as(SUPPLIER, applications -> {
            assertThat(applications.awaitingDecisionCarrying(List.of(sds))).containsExactly(draft.id().toString());
            assertThat(applications.awaitingDecisionCarrying(List.of(EvidenceId.newId()))).isEmpty();
            assertThat(applications.awaitingDecisionCarrying(List.of())).isEmpty();
        });
        as(TenantId.of("jiangsu-qingyuan"), applications ->
                assertThat(applications.awaitingDecisionCarrying(List.of(sds))).isEmpty());

        as(SUPPLIER, applications -> applications.find(draft.id()).orElseThrow().cancel(LI, "not needed", now.plusSeconds(60)));
        as(SUPPLIER, applications -> assertThat(applications.awaitingDecisionCarrying(List.of(sds))).isEmpty());
    }

    @Test
    void awaiting_a_decision_is_every_state_before_it() {
        assertThat(Arrays.stream(ApplicationStatus.values()).filter(ApplicationStatus::awaitingDecision))
                .containsExactly(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED,
                        ApplicationStatus.EVALUATION, ApplicationStatus.CORRECTIVE_ACTION,
                        ApplicationStatus.INDEPENDENT_REVIEW, ApplicationStatus.DECISION_PENDING);
    }
}
