package com.greencert.criteria.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.audit.service.AuditTrail;
import com.greencert.certification.domain.SchemeId;
import com.greencert.criteria.domain.CriteriaSet;
import com.greencert.criteria.domain.CriteriaVersion;
import com.greencert.criteria.domain.Invitation;
import com.greencert.criteria.domain.InvitationId;
import com.greencert.criteria.domain.CriteriaSetId;
import com.greencert.criteria.domain.CriteriaSets;
import com.greencert.criteria.domain.Criterion;
import com.greencert.criteria.domain.HoldsCredential;
import com.greencert.criteria.domain.Importance;
import com.greencert.criteria.domain.ManagementSystem;
import com.greencert.criteria.domain.Un383TestSummary;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.AccessDeniedException;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.domain.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Buyers only; unknown schemes are refused naming the criterion; versions, deletion and the audit trail. */
class CriteriaSetServiceTest {

    private static final TenantId ANNA = TenantId.of("eurochem-buyer");
    private static final SchemeId KNOWN = SchemeId.newId();
    private static final List<Criterion> ISO = List.of(new ManagementSystem(ManagementSystem.Standard.ISO_14001,
            Importance.MANDATORY));
    private static final List<Criterion> MORE = List.of(ISO.getFirst(), new Un383TestSummary(Importance.weight(5)));

    private final List<CriteriaSet> stored = new ArrayList<>();
    private final List<String> audited = new ArrayList<>();
    private final CallerContext callers = new CallerContext();
    private final CriteriaSetService service = new CriteriaSetService();
    private final InMemoryInvitations invitations = new InMemoryInvitations();

    @BeforeEach
    void wire() {
        service.sets = new CriteriaSets() {
            @Override
            public Optional<CriteriaSet> find(CriteriaSetId id) {
                return stored.stream().filter(s -> s.id().equals(id)).findFirst();
            }

            @Override
            public Page<CriteriaSet> page(PageRequest page) {
                return Page.of(stored, page);
            }

            @Override
            public void add(CriteriaSet set) {
                stored.add(set);
            }

            @Override
            public void remove(CriteriaSet set) {
                stored.remove(set);
            }
        };
        service.schemes = KNOWN::equals;
        service.invitations = invitations;
        service.audit = new AuditTrail() {
            @Override
            public void record(TenantId ledger, String action, String subjectType, String subjectId, String detail) {
                audited.add(ledger + " " + action + " " + detail);
            }
        };
        service.callers = callers;
        service.clock = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
        as(Role.BUYER, Role.TENANT_ADMIN);
    }

    private void as(Role... roles) {
        callers.set(new Caller(new UserId("anna"), "anna.buyer", null, ANNA, Set.of(roles)));
    }

    @Test
    void a_buyer_creates_revises_and_deletes_and_each_change_is_audited() {
        CriteriaSet set = service.create("Batteries", ISO);
        assertThat(set.buyer()).isEqualTo(ANNA);
        assertThat(service.list(PageRequest.first()).items()).containsExactly(set);

        service.revise(set.id(), null, "Batteries", MORE);
        assertThat(service.get(set.id()).versions()).hasSize(1);
        service.revise(set.id(), null, "Batteries", MORE); // the same again: nothing to record
        service.markUsed(set.id());
        service.revise(set.id(), null, "Batteries 2027", ISO);
        assertThat(service.version(set.id(), 1).criteria()).isEqualTo(MORE);
        assertThat(service.version(set.id(), 2).criteria()).isEqualTo(ISO);
        assertThatThrownBy(() -> service.version(set.id(), 3)).isInstanceOf(NotFoundException.class);

        assertThatThrownBy(() -> service.delete(set.id(), null)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.messageKey()).isEqualTo("criteria.set.used"));
        CriteriaSet draft = service.create("Draft", ISO);
        service.delete(draft.id(), null);
        assertThat(stored).containsExactly(set);

        assertThat(audited).containsExactly(
                "eurochem-buyer criteria.set.created Batteries: version 1",
                "eurochem-buyer criteria.set.revised Batteries: version 1 replaced",
                "eurochem-buyer criteria.set.used Batteries: version 1",
                "eurochem-buyer criteria.set.revised Batteries 2027: renamed from Batteries; version 2 added, version 1 kept",
                "eurochem-buyer criteria.set.created Draft: version 1",
                "eurochem-buyer criteria.set.deleted Draft");
    }

    @Test
    void a_revision_while_suppliers_are_invited_is_in_use_at_once_and_the_next_revision_makes_a_new_version() {
        CriteriaSet set = service.create("Batteries", ISO);
        service.markUsed(set.id());
        invitations.add(new Invitation(InvitationId.newId(), ANNA, TenantId.of("jiangsu-greenchem"), set.id(), 1,
                "anna.buyer", service.clock));

        service.revise(set.id(), null, "Batteries", MORE);
        assertThat(service.get(set.id()).current().used()).isTrue();
        service.revise(set.id(), null, "Batteries", ISO);

        assertThat(service.get(set.id()).versions()).extracting(CriteriaVersion::number).containsExactly(1, 2, 3);
        assertThat(audited).contains("eurochem-buyer criteria.set.used Batteries: version 2",
                "eurochem-buyer criteria.set.used Batteries: version 3");
    }

    @Test
    void an_unknown_scheme_is_refused_naming_the_criterion_and_nothing_is_stored() {
        List<Criterion> criteria = List.of(ISO.getFirst(),
                new HoldsCredential(SchemeId.newId(), Set.of(), false, Importance.weight(10)));
        assertThatThrownBy(() -> service.create("Unknown", criteria)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> {
                    assertThat(e.messageKey()).isEqualTo("criteria.scheme.unknown");
                    assertThat(e.arguments().get(0)).isEqualTo(2);
                });
        assertThat(stored).isEmpty();
        assertThat(audited).isEmpty();
        // create never answers null: that a known scheme is accepted shows in what is stored and audited
        CriteriaSet known = service.create("Known", List.of(new HoldsCredential(KNOWN, Set.of(), false, Importance.MANDATORY)));
        assertThat(known).isNotNull();
        assertThat(stored).containsExactly(known);
        assertThat(audited).containsExactly("eurochem-buyer criteria.set.created Known: version 1");
    }

    @Test
    void a_stale_if_match_is_a_conflict() {
        CriteriaSet set = service.create("Batteries", ISO);
        assertThatThrownBy(() -> service.revise(set.id(), set.lockVersion() + 1, "Batteries", MORE))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("criteria.set.stale"));
        assertThat(service.revise(set.id(), set.lockVersion(), "Batteries", MORE).current().criteria()).isEqualTo(MORE);
    }

    @Test
    void only_buyers_may_and_an_unknown_set_is_not_found() {
        assertThatThrownBy(() -> service.get(CriteriaSetId.newId())).isInstanceOf(NotFoundException.class);
        for (Role role : List.of(Role.SUPPLIER, Role.ASSESSOR, Role.DECISION_MAKER, Role.TENANT_ADMIN, Role.PLATFORM_ADMIN)) {
            as(role);
            assertThatThrownBy(() -> service.create("Mine", ISO)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.list(PageRequest.first())).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(stored).isEmpty();
    }
}
