package com.greencert.criteria.service;

import com.greencert.certification.domain.SchemeId;
import com.greencert.criteria.domain.CriteriaSet;
import com.greencert.criteria.domain.CriteriaSetId;
import com.greencert.criteria.domain.CriteriaVersion;
import com.greencert.criteria.domain.Criterion;
import com.greencert.criteria.domain.EvidenceWithin;
import com.greencert.criteria.domain.Invitation;
import com.greencert.criteria.domain.InvitationAction;
import com.greencert.criteria.domain.InvitationId;
import com.greencert.criteria.domain.Invitations;
import com.greencert.criteria.domain.InvitedCriteria;
import com.greencert.criteria.domain.KnownSchemes;
import com.greencert.criteria.domain.SchemeTitles;
import com.greencert.criteria.domain.ManagementSystem;
import com.greencert.criteria.domain.MatchResult;
import com.greencert.criteria.domain.Matcher;
import com.greencert.criteria.domain.Outcome;
import com.greencert.criteria.domain.SupplierFacts;
import com.greencert.criteria.domain.SupplierFactsSource;
import com.greencert.criteria.domain.Un383TestSummary;
import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.evidence.service.EvidenceService;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.TenantId;
import com.greencert.svhc.domain.SvhcListVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures invited suppliers against a buyer's criteria (docs/adr/0023, 0024): the buyer's comparison of every
 * supplier it invited for a set, and the same explanation for the supplier as a to-do list, with the one action that
 * shares the evidence the criteria ask for. Facts come from {@link SupplierFactsSource}: what an accepting supplier
 * shares with the buyer, or, while the invitation is pending, only what the public registry shows.
 */
@ApplicationScoped
@Transactional
public class MatchingService {

    private static final Comparator<SupplierMatch> BEST_FIRST = Comparator
            .comparing((SupplierMatch m) -> m.measured() ? rank(m.result().overall()) : 3)
            .thenComparing(m -> m.measured() ? -m.result().score() : 0)
            .thenComparing(m -> m.invitation().supplier().nameEn());

    @Inject
    CriteriaSetService sets;

    @Inject
    InvitationService invitationService;

    @Inject
    Invitations invitations;

    @Inject
    SupplierFactsSource facts;

    @Inject
    SvhcListVersions svhcLists;

    @Inject
    EvidenceService evidence;

    @Inject
    SchemeTitles schemes;

    @Inject
    KnownSchemes known;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    /** The buyer's comparison of every supplier invited for the set, best first (pass, unknown, fail; then score). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Comparison compare(CriteriaSetId id) {
        Caller caller = callers.requireAny(Role.BUYER);
        CriteriaSet set = sets.get(id);
        CriteriaVersion version = set.current();
        List<Invitation> invited = invitations.ofSet(id);
        Map<TenantId, MatchResult> results = match(caller.tenantId(), version, invited);
        List<SupplierMatch> rows = new ArrayList<>(invited.size());
        for (Invitation i : invited) {
            rows.add(new SupplierMatch(invitationService.summary(i), version, results.get(i.supplier())));
        }
        rows.sort(BEST_FIRST);
        return new Comparison(id, set.name(), version, rows);
    }

    /** The comparison as CSV for a spreadsheet, in the reader's language ({@link ComparisonCsv}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String compareAsCsv(CriteriaSetId id, java.util.Locale locale) {
        return ComparisonCsv.of(compare(id), locale);
    }

    /** The same comparison as an Excel workbook (XLSX). */
    public byte[] compareAsXlsx(CriteriaSetId id, java.util.Locale locale) {
        return ComparisonXlsx.of(compare(id), locale);
    }

    /** One invited supplier's result, for the buyer or the supplier: the same lines for both. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SupplierMatch result(InvitationId id) {
        Caller caller = callers.requireAny(Role.BUYER, Role.SUPPLIER);
        Invitation invitation = caller.has(Role.BUYER) ? invitationService.sentBy(caller, id)
                : invitationService.receivedBy(caller, id);
        InvitedCriteria criteria = invitations.criteriaOf(invitation);
        MatchResult result = match(invitation.buyer(), criteria.current(), List.of(invitation)).get(invitation.supplier());
        return new SupplierMatch(invitationService.summary(invitation), criteria.current(), result);
    }

    /**
     * The supplier shares with the buyer, in one action, the latest version of each piece of the evidence types the
     * criteria ask for (test reports, SDS, UN 38.3 summaries, management-system certificates); only once accepted.
     *
     * @return the pieces shared now
     */
    public List<EvidenceId> shareNeeded(InvitationId id) {
        Caller caller = callers.requireAny(Role.SUPPLIER);
        Invitation invitation = invitationService.receivedBy(caller, id);
        invitation.require(InvitationAction.SHARE_NEEDED, clock.instant());
        return evidence.shareLatestOfTypes(typesNeeded(invitations.criteriaOf(invitation).current()), invitation.buyer());
    }

    /** The buyer's criteria sets by name, to choose the one to compare suppliers against. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<CriteriaSet> sets() {
        return sets.list(com.greencert.shared.domain.PageRequest.of(0, com.greencert.shared.domain.PageRequest.MAX_LIMIT))
                .items();
    }

    /** A scheme a criterion names, as a person knows it (code, version, name); empty if it is no longer published. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<String> schemeTitle(SchemeId scheme, String language) {
        callers.requireAny(Role.BUYER, Role.SUPPLIER);
        return schemes.title(scheme, language);
    }

    /** The evidence types a version's criteria rely on. */
    static Set<EvidenceType> typesNeeded(CriteriaVersion version) {
        Set<EvidenceType> types = EnumSet.noneOf(EvidenceType.class);
        for (Criterion c : version.criteria()) {
            switch (c) {
                case EvidenceWithin e -> types.add(e.type());
                case Un383TestSummary _ -> types.add(EvidenceType.UN38_3_SUMMARY);
                case ManagementSystem _ -> types.add(EvidenceType.MANAGEMENT_SYSTEM_CERTIFICATE);
                default -> {
                    // credentials, SVHC, declared values and hazards rest on the profile, not on shared files
                }
            }
        }
        return types;
    }

    /**
     * What a revision of the set would change before it is saved: every invited supplier measured against the current
     * version and against the proposed criteria (checked as a revision would be), on the same facts, read once. Those
     * whose overall outcome or score would change come first.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RevisionImpact revisionImpact(CriteriaSetId id, List<Criterion> proposed) {
        Caller caller = callers.requireAny(Role.BUYER);
        CriteriaSet set = sets.get(id);
        CriteriaVersion current = set.current();
        CriteriaVersion candidate = new CriteriaVersion(current.number() + 1, proposed, clock.instant(), false);
        known.requireKnown(candidate.criteria());
        List<Invitation> invited = invitations.ofSet(id);
        List<SupplierFacts> all = factsOf(caller.tenantId(), invited);
        Map<TenantId, MatchResult> before = match(current, all);
        Map<TenantId, MatchResult> after = match(candidate, all);
        List<RevisionImpact.Change> changes = new ArrayList<>();
        for (Invitation i : invited) {
            if (before.containsKey(i.supplier())) {
                changes.add(new RevisionImpact.Change(invitationService.summary(i), before.get(i.supplier()),
                        after.get(i.supplier())));
            }
        }
        changes.sort(Comparator.comparing((RevisionImpact.Change c) -> !c.changed())
                .thenComparing(c -> c.invitation().supplier().nameEn()));
        return new RevisionImpact(id, current, candidate, changes);
    }

    private Map<TenantId, MatchResult> match(TenantId buyer, CriteriaVersion version, List<Invitation> invited) {
        return match(version, factsOf(buyer, invited));
    }

    private Map<TenantId, MatchResult> match(CriteriaVersion version, List<SupplierFacts> all) {
        Matcher matcher = new Matcher(version);
        LocalDate today = LocalDate.now(clock);
        Map<TenantId, MatchResult> results = new HashMap<>();
        for (SupplierFacts f : all) {
            results.put(f.supplier(), matcher.match(f, today));
        }
        return results;
    }

    /** The facts the buyer is shown of each measured invitation: shared once accepted, public while pending. */
    private List<SupplierFacts> factsOf(TenantId buyer, List<Invitation> invited) {
        List<TenantId> accepted = new ArrayList<>();
        List<TenantId> pending = new ArrayList<>();
        for (Invitation i : invited) {
            switch (i.stateOn(clock.instant())) {
                case ACCEPTED -> accepted.add(i.supplier());
                case PENDING -> pending.add(i.supplier());
                default -> {
                    // declined, withdrawn or expired: not measured
                }
            }
        }
        List<SupplierFacts> all = new ArrayList<>(facts.shared(buyer, accepted, svhcLists.current().orElse(null)));
        all.addAll(facts.publicRegistry(pending));
        return all;
    }

    private static int rank(Outcome outcome) {
        return switch (outcome) {
            case PASS -> 0;
            case UNKNOWN -> 1;
            case FAIL -> 2;
        };
    }
}
