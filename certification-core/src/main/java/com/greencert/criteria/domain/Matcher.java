package com.greencert.criteria.domain;

import com.greencert.supplier.domain.DeclaredValue;
import com.greencert.credential.domain.IssuedCredential;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.evidence.domain.ExpiryStatus;
import com.greencert.reference.domain.GhsHazardClass;
import com.greencert.reference.domain.GhsHazardStatement;
import com.greencert.reference.domain.TransportHazardClass;
import com.greencert.supplier.domain.FacilityId;
import com.greencert.supplier.domain.ProductId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Measures suppliers against one version of a criteria set: pure, no I/O, the day of the match passed in. Made once
 * per version and used for any number of suppliers (it keeps the criteria's keys), it loops over the few facts of
 * each supplier without regular expressions or streams.
 *
 * <p>For every criterion, in this order: a pass if the facts shown satisfy it; a failure the facts prove whatever
 * else is withheld (an SVHC above the threshold, an excluded hazard class, a declared value outside the limit, a
 * product outside the scope of every credential in force); {@link MatchReason#NOT_SHARED} if the supplier withholds
 * the kind of fact that could still satisfy it (an expired shared certificate proves nothing while another is
 * withheld); for public facts, {@link MatchReason#NOT_PUBLIC} where the registry does not tell; otherwise the failure
 * or unknown the shared facts show. A rule about every product or facility with none to check is unknown, never
 * passed by default.
 */
public final class Matcher {

    private final List<Criterion> criteria;
    private final String[] keys;

    public Matcher(CriteriaVersion version) {
        this.criteria = version.criteria();
        this.keys = new String[criteria.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = criteria.get(i).key();
        }
    }

    public MatchResult match(SupplierFacts facts, LocalDate today) {
        List<MatchResult.Line> lines = new ArrayList<>(criteria.size());
        for (int i = 0; i < keys.length; i++) {
            Criterion criterion = criteria.get(i);
            Verdict v = switch (criterion) {
                case HoldsCredential c -> credential(c, facts, today);
                case NoSvhcAbove c -> noSvhc(c, facts);
                case EvidenceWithin c -> evidenceWithin(c, facts, today);
                case Un383TestSummary _ -> un383(facts, today);
                case ManagementSystem c -> managementSystem(c, facts, today);
                case DeclaredValueLimit c -> declaredValue(c, facts);
                case HazardExclusion c -> hazards(c, facts);
            };
            lines.add(new MatchResult.Line(i + 1, keys[i], criterion.importance(), v.outcome, v.reason, v.args, v.basis));
        }
        return MatchResult.of(facts.supplier(), lines);
    }

    private static Verdict credential(HoldsCredential c, SupplierFacts facts, LocalDate today) {
        List<CredentialFact> inForce = new ArrayList<>(2);
        CredentialFact closest = null;
        MatchReason closestReason = MatchReason.CREDENTIAL_NONE;
        for (CredentialFact f : facts.credentials()) {
            if (!f.scheme().equals(c.scheme())) {
                continue;
            }
            MatchReason lapse = lapse(f.standing().stateOn(today).life());
            if (!c.accepts(f.body())) {
                if (closest == null) {
                    closest = f;
                    closestReason = MatchReason.CREDENTIAL_OTHER_BODY;
                }
            } else if (lapse == null) {
                inForce.add(f);
            } else if (closest == null || closestReason == MatchReason.CREDENTIAL_OTHER_BODY) {
                closest = f;
                closestReason = lapse;
            }
        }
        if (inForce.isEmpty()) {
            return closest == null ? Verdict.fail(MatchReason.CREDENTIAL_NONE, List.of(), c.scheme())
                    : Verdict.fail(closestReason, List.of(closest), closest.standing().certificateNumber(), closest.body(),
                            closest.standing().validFrom(), closest.standing().validUntil());
        }
        CredentialFact first = inForce.getFirst();
        if (!c.coveringProduct()) {
            return Verdict.pass(MatchReason.CREDENTIAL_VALID, inForce, first.standing().certificateNumber(),
                    first.standing().validUntil());
        }
        return overProducts(facts, Set.of(), (p, basis) -> {
            for (CredentialFact f : inForce) {
                if (f.products().contains(p.id())) {
                    if (!basis.contains(f)) {
                        basis.add(f);
                    }
                    return null;
                }
            }
            return Verdict.fail(MatchReason.CREDENTIAL_PRODUCT_NOT_COVERED, inForce, p.name());
        }, MatchReason.CREDENTIAL_COVERS_PRODUCTS, first.standing().certificateNumber());
    }

    /** Why a credential of the right scheme and body does not count on the day; null when it is in force. */
    private static MatchReason lapse(IssuedCredential.Life life) {
        return switch (life) {
            case VALID -> null;
            case SUSPENDED -> MatchReason.CREDENTIAL_SUSPENDED;
            case REVOKED -> MatchReason.CREDENTIAL_REVOKED;
            case SUPERSEDED -> MatchReason.CREDENTIAL_SUPERSEDED;
            case EXPIRED -> MatchReason.CREDENTIAL_EXPIRED;
            case NOT_YET_VALID -> MatchReason.CREDENTIAL_NOT_YET_VALID;
        };
    }

    private static Verdict noSvhc(NoSvhcAbove c, SupplierFacts facts) {
        return overProducts(facts, c.products(), (p, basis) -> {
            if (p.svhc() == null) {
                return missing(facts, facts.withholdsProductData(),
                        Verdict.unknown(MatchReason.SVHC_NOT_SCREENED, List.of(p), p.name()));
            }
            return switch (p.svhc()) {
                case EXCEEDS_THRESHOLD -> Verdict.fail(MatchReason.SVHC_EXCEEDS, List.of(p), p.name());
                case MAY_EXCEED_THRESHOLD -> Verdict.unknown(MatchReason.SVHC_MAY_EXCEED, List.of(p), p.name());
                case NOT_ON_LIST, AT_OR_BELOW_THRESHOLD -> passed(basis, p);
            };
        }, MatchReason.SVHC_NONE_ABOVE);
    }

    private static Verdict evidenceWithin(EvidenceWithin c, SupplierFacts facts, LocalDate today) {
        LocalDate oldest = today.minusMonths(c.maxAgeMonths());
        if (c.coverage() == EvidenceWithin.Coverage.PRODUCT) {
            return overProducts(facts, Set.of(), (p, basis) ->
                    evidenceFor(p.id(), p.name(), c.type(), oldest, c.notExpired(), facts, today, basis),
                    MatchReason.EVIDENCE_WITHIN, c.type(), c.maxAgeMonths());
        }
        Tally tally = new Tally();
        for (FacilityId f : facts.facilities()) {
            if (!tally.add(evidenceFor(f, f.toString(), c.type(), oldest, c.notExpired(), facts, today, tally.basis))) {
                break;
            }
        }
        return tally.result(facts, false, MatchReason.NO_FACILITIES, MatchReason.EVIDENCE_WITHIN, c.type(),
                c.maxAgeMonths());
    }

    private static Verdict un383(SupplierFacts facts, LocalDate today) {
        boolean anyBattery = false;
        for (ProductFact p : facts.products()) {
            anyBattery |= p.needsUn383TestSummary();
        }
        return overProducts(facts, Set.of(), (p, basis) -> !p.needsUn383TestSummary() ? null
                : evidenceFor(p.id(), p.name(), EvidenceType.UN38_3_SUMMARY, null, false, facts, today, basis),
                anyBattery ? MatchReason.UN383_PRESENT : MatchReason.UN383_NOT_APPLICABLE);
    }

    /**
     * Whether shared evidence of the type covers the item: issued by today and not before {@code oldest} (null: any
     * age), not expired if so asked. Null when it does (the piece added to the basis), else why not.
     */
    private static Verdict evidenceFor(Object item, String itemName, EvidenceType type, LocalDate oldest,
            boolean notExpired, SupplierFacts facts, LocalDate today, List<Basis> basis) {
        EvidenceFact tooOld = null;
        EvidenceFact expired = null;
        for (EvidenceFact e : facts.evidence()) {
            if (e.type() != type || e.issuedOn().isAfter(today) || !e.covers(item)) {
                continue;
            }
            if (oldest != null && e.issuedOn().isBefore(oldest)) {
                tooOld = e;
            } else if (notExpired && ExpiryStatus.of(e.expiresOn(), today) == ExpiryStatus.EXPIRED) {
                expired = e;
            } else {
                return passed(basis, e);
            }
        }
        Verdict shown = expired != null
                ? Verdict.fail(MatchReason.EVIDENCE_EXPIRED, List.of(expired), type, itemName, expired.expiresOn())
                : tooOld != null ? Verdict.fail(MatchReason.EVIDENCE_TOO_OLD, List.of(tooOld), type, itemName, tooOld.issuedOn())
                : Verdict.fail(MatchReason.EVIDENCE_MISSING, List.of(), type, itemName);
        return missing(facts, facts.withholds(type), shown);
    }

    private static Verdict managementSystem(ManagementSystem c, SupplierFacts facts, LocalDate today) {
        EvidenceFact notValid = null;
        EvidenceFact unstated = null;
        for (EvidenceFact e : facts.evidence()) {
            if (e.type() != EvidenceType.MANAGEMENT_SYSTEM_CERTIFICATE) {
                continue;
            }
            if (e.standard() == null) {
                unstated = e;
            } else if (e.standard() == c.standard()) {
                if (!e.issuedOn().isAfter(today) && ExpiryStatus.of(e.expiresOn(), today) != ExpiryStatus.EXPIRED) {
                    return Verdict.pass(MatchReason.SYSTEM_VALID, List.of(e), c.standard());
                }
                notValid = e;
            }
        }
        Verdict shown = unstated != null ? Verdict.unknown(MatchReason.SYSTEM_UNSTATED, List.of(unstated), c.standard())
                : notValid != null ? Verdict.fail(MatchReason.SYSTEM_NOT_VALID, List.of(notValid), c.standard(), today)
                : Verdict.fail(MatchReason.SYSTEM_NONE, List.of(), c.standard());
        return missing(facts, facts.withholds(EvidenceType.MANAGEMENT_SYSTEM_CERTIFICATE), shown);
    }

    private static Verdict declaredValue(DeclaredValueLimit c, SupplierFacts facts) {
        return overProducts(facts, Set.of(), (p, basis) -> {
            Optional<DeclaredValue> declared = p.declared(c.quantity());
            if (declared.isEmpty()) {
                return missing(facts, facts.withholdsProductData(),
                        Verdict.unknown(MatchReason.VALUE_UNDECLARED, List.of(p), p.name(), c.quantity()));
            }
            DeclaredValue v = declared.get();
            List<Basis> rests = supported(p, v, facts);
            if (!c.accepts(v)) {
                return Verdict.fail(MatchReason.VALUE_OUTSIDE, rests, p.name(), c.quantity(), v.value().toPlainString(),
                        v.unit().symbol(), c.limit().toPlainString());
            }
            basis.addAll(rests);
            return null;
        }, MatchReason.VALUE_WITHIN, c.quantity(), c.limit().toPlainString(), c.unit().symbol());
    }

    /** The product, and the shared evidence that supports its declared value, if any. */
    private static List<Basis> supported(ProductFact p, DeclaredValue v, SupplierFacts facts) {
        if (v.supportedBy() != null) {
            for (EvidenceFact e : facts.evidence()) {
                if (e.id().value().equals(v.supportedBy())) {
                    return List.of(p, e);
                }
            }
        }
        return List.of(p);
    }

    private static Verdict hazards(HazardExclusion c, SupplierFacts facts) {
        return overProducts(facts, Set.of(), (p, basis) -> {
            for (GhsHazardClass k : p.ghsClasses()) {
                if (c.ghsClasses().contains(k)) {
                    return Verdict.fail(MatchReason.HAZARD_GHS_CLASS, List.of(p), p.name(), k);
                }
            }
            for (GhsHazardStatement s : p.statements()) {
                if (c.statements().contains(s)) {
                    return Verdict.fail(MatchReason.HAZARD_STATEMENT, List.of(p), p.name(), s);
                }
            }
            for (TransportHazardClass t : p.transportClasses()) {
                if (c.transportClasses().contains(t)) {
                    return Verdict.fail(MatchReason.HAZARD_TRANSPORT_CLASS, List.of(p), p.name(), t.code());
                }
            }
            if (!facts.complete() && !c.statements().isEmpty()) {
                return Verdict.NOT_PUBLIC; // hazard statements are not published
            }
            return passed(basis, p);
        }, MatchReason.HAZARD_NONE);
    }

    /** A rule checked on every product (or on the listed ones): see the class comment for the order of answers. */
    private static Verdict overProducts(SupplierFacts facts, Set<ProductId> listed, ProductCheck check,
            MatchReason passReason, Object... passArgs) {
        Tally tally = new Tally();
        for (ProductFact p : facts.products()) {
            if ((listed.isEmpty() || listed.contains(p.id())) && !tally.add(check.check(p, tally.basis))) {
                return tally.fail;
            }
        }
        if (tally.unknown == null && tally.checked < listed.size()) {
            tally.unknown = missing(facts, facts.withholdsProductData(),
                    Verdict.unknown(MatchReason.PRODUCTS_NOT_FOUND, List.of(), listed.size() - tally.checked));
        }
        return tally.result(facts, listed.isEmpty() && facts.withholdsProductData(), MatchReason.NO_PRODUCTS,
                passReason, passArgs);
    }

    /** What is not among the facts shown: not shared if withheld, not public for public facts, else as shown. */
    private static Verdict missing(SupplierFacts facts, boolean withheld, Verdict shown) {
        if (withheld) {
            return Verdict.NOT_SHARED;
        }
        return facts.complete() ? shown : Verdict.NOT_PUBLIC;
    }

    private static Verdict passed(List<Basis> basis, Basis fact) {
        basis.add(fact);
        return null;
    }

    /** Checks one product; null when it passes (adding what that rests on to the basis), else why not. */
    @FunctionalInterface
    private interface ProductCheck {
        Verdict check(ProductFact product, List<Basis> basis);
    }

    /** The answers for the items of a rule so far: the first failure ends it, the first unknown is kept. */
    private static final class Tally {
        final List<Basis> basis = new ArrayList<>();
        int checked;
        Verdict fail;
        Verdict unknown;

        /** Counts an item's answer (null: passed); false once one fails. */
        boolean add(Verdict v) {
            checked++;
            if (v == null) {
                return true;
            }
            if (v.outcome == Outcome.FAIL) {
                fail = v;
                return false;
            }
            if (unknown == null) {
                unknown = v;
            }
            return true;
        }

        Verdict result(SupplierFacts facts, boolean moreWithheld, MatchReason none, MatchReason passReason,
                Object... passArgs) {
            if (fail != null) {
                return fail;
            }
            if (unknown != null) {
                return unknown;
            }
            if (moreWithheld) {
                return Verdict.NOT_SHARED;
            }
            if (checked == 0) {
                return facts.complete() ? Verdict.unknown(none, List.of()) : Verdict.NOT_PUBLIC;
            }
            return new Verdict(Outcome.PASS, passReason, List.of(passArgs), List.copyOf(basis));
        }
    }

    /** One criterion's answer before it becomes a line of the result. */
    private record Verdict(Outcome outcome, MatchReason reason, List<Object> args, List<Basis> basis) {

        static final Verdict NOT_SHARED = new Verdict(Outcome.UNKNOWN, MatchReason.NOT_SHARED, List.of(), List.of());
        static final Verdict NOT_PUBLIC = new Verdict(Outcome.UNKNOWN, MatchReason.NOT_PUBLIC, List.of(), List.of());

        static Verdict pass(MatchReason reason, List<? extends Basis> basis, Object... args) {
            return new Verdict(Outcome.PASS, reason, List.of(args), List.copyOf(basis));
        }

        static Verdict fail(MatchReason reason, List<? extends Basis> basis, Object... args) {
            return new Verdict(Outcome.FAIL, reason, List.of(args), List.copyOf(basis));
        }

        static Verdict unknown(MatchReason reason, List<? extends Basis> basis, Object... args) {
            return new Verdict(Outcome.UNKNOWN, reason, List.of(args), List.copyOf(basis));
        }
    }
}
