package com.greencert.criteria.domain;

import com.greencert.supplier.domain.DeclaredValue;
import com.greencert.certification.domain.ApplicationId;
import com.greencert.certification.domain.SchemeId;
import com.greencert.credential.domain.CredentialId;
import com.greencert.credential.domain.CredentialStanding;
import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.reference.domain.GhsHazardClass;
import com.greencert.reference.domain.GhsHazardStatement;
import com.greencert.reference.domain.TransportHazardClass;
import com.greencert.reference.domain.UnNumber;
import com.greencert.shared.domain.TenantId;
import com.greencert.supplier.domain.FacilityId;
import com.greencert.supplier.domain.ProductId;
import com.greencert.supplier.domain.SvhcVerdict;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A buyer, a supplier, bodies, a scheme, and short ways to write the facts a matcher reads. */
final class CriteriaFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-15T08:00:00Z"), ZoneOffset.UTC);
    static final TenantId BUYER = TenantId.of("eurochem");
    static final TenantId SUPPLIER = TenantId.of("greenpower");
    static final TenantId BODY = TenantId.of("sinoeco");
    static final TenantId OTHER_BODY = TenantId.of("cathay");
    static final SchemeId SCHEME = SchemeId.newId();
    static final Importance MANDATORY = Importance.MANDATORY;

    private CriteriaFixtures() {
    }

    static Importance weight(int w) {
        return Importance.weight(w);
    }

    static Matcher matcher(Criterion... criteria) {
        return new Matcher(new CriteriaVersion(1, List.of(criteria), CLOCK.instant(), false));
    }

    /** The one line of matching a single criterion against the facts today. */
    static MatchResult.Line line(Criterion criterion, SupplierFacts facts) {
        return matcher(criterion).match(facts, TODAY).lines().getFirst();
    }

    static SupplierFacts shared(List<CredentialFact> credentials, List<EvidenceFact> evidence, List<ProductFact> products,
            SupplierFacts.Withheld... withheld) {
        return SupplierFacts.shared(SUPPLIER, credentials, evidence, products, List.of(), Set.of(withheld));
    }

    /** What a supplier shares: these pieces of evidence about these products; no credentials, nothing withheld. */
    static SupplierFacts sharing(List<EvidenceFact> evidence, ProductFact... products) {
        return shared(List.of(), evidence, List.of(products));
    }

    static SupplierFacts products(ProductFact... products) {
        return shared(List.of(), List.of(), List.of(products));
    }

    static SupplierFacts.Withheld withheld(EvidenceType type) {
        return new SupplierFacts.Withheld.EvidenceOfType(type);
    }

    static final SupplierFacts.Withheld PRODUCT_DATA = new SupplierFacts.Withheld.ProductData();

    static CredentialFact credential(TenantId body, LocalDate from, LocalDate until, ProductId... covered) {
        return standing(body, new CredentialStanding(ApplicationId.newId(), "SEC-2026-0001", from, until, null, null, null),
                covered);
    }

    static CredentialFact suspended(TenantId body) {
        return standing(body, new CredentialStanding(ApplicationId.newId(), "SEC-2025-0042", TODAY.minusYears(1),
                TODAY.plusYears(2), Instant.parse("2026-02-01T00:00:00Z"), null, null));
    }

    static CredentialFact standing(TenantId body, CredentialStanding standing, ProductId... covered) {
        return new CredentialFact(CredentialId.newId(), SCHEME, body, standing, Set.of(covered));
    }

    /** Evidence issued on a day, expiring on another (or never: null), covering products or facilities. */
    static EvidenceFact evidence(EvidenceType type, LocalDate issued, LocalDate expires, Object... covered) {
        Set<ProductId> products = Arrays.stream(covered).filter(ProductId.class::isInstance).map(ProductId.class::cast)
                .collect(Collectors.toSet());
        Set<FacilityId> facilities = Arrays.stream(covered).filter(FacilityId.class::isInstance)
                .map(FacilityId.class::cast).collect(Collectors.toSet());
        return new EvidenceFact(EvidenceId.newId(), type, issued, expires, "ab".repeat(32), products, facilities, null);
    }

    static EvidenceFact certificate(ManagementSystem.Standard standard, LocalDate issued, LocalDate expires) {
        return new EvidenceFact(EvidenceId.newId(), EvidenceType.MANAGEMENT_SYSTEM_CERTIFICATE, issued, expires,
                "cd".repeat(32), Set.of(), Set.of(), standard);
    }

    static ProductBuilder product(String name) {
        return new ProductBuilder(name);
    }

    /** A product as the buyer sees it: by default not dangerous goods, unclassified, no SVHC, nothing declared. */
    static final class ProductBuilder {
        final ProductId id = ProductId.newId();
        private final String name;
        private UnNumber un;
        private final Set<GhsHazardClass> classes = new HashSet<>();
        private final Set<GhsHazardStatement> statements = new HashSet<>();
        private final Set<TransportHazardClass> transport = new HashSet<>();
        private SvhcVerdict svhc = SvhcVerdict.NOT_ON_LIST;
        private List<DeclaredValue> values = List.of();

        ProductBuilder(String name) {
            this.name = name;
        }

        ProductBuilder un(String number) {
            un = UnNumber.of(number);
            transport.add(un.hazardClass());
            return this;
        }

        ProductBuilder ghs(GhsHazardClass c, String... hStatements) {
            classes.add(c);
            for (String h : hStatements) {
                statements.add(GhsHazardStatement.of(h));
            }
            return this;
        }

        ProductBuilder svhc(SvhcVerdict verdict) {
            svhc = verdict;
            return this;
        }

        ProductBuilder declares(DeclaredValue... declared) {
            values = List.of(declared);
            return this;
        }

        ProductFact fact() {
            return new ProductFact(id, name, un, classes, statements, transport, svhc, values);
        }
    }
}
