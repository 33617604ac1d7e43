package com.greencert.certification.service;

import com.greencert.certification.domain.AttachedEvidence;
import com.greencert.certification.domain.CertificationApplication;
import com.greencert.certification.domain.CoveredItem;
import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.evidence.domain.ExpiryStatus;
import com.greencert.evidence.service.EvidenceEntry;
import com.greencert.evidence.service.EvidenceService;
import com.greencert.reference.domain.UnNumber;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.domain.DomainException;
import com.greencert.shared.domain.PageRequest;
import com.greencert.supplier.domain.ProductId;
import com.greencert.supplier.domain.SvhcScreeningResult;
import com.greencert.supplier.service.CoveredProductScreening;
import com.greencert.supplier.service.ProductService;
import com.greencert.shared.domain.TenantId;
import java.util.Map;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Optional;

/**
 * What the criterion review shows about each product an application covers: whether it is a lithium battery
 * that needs a UN 38.3 test summary and none of the pieces the application carries (and the reader may read)
 * covers it (the same rule as the supplier's product list: a summary in date naming the product), and its
 * SVHC screening against the list in force: the supplier's own, or, for the body the application is made to,
 * the screening of the products the application covers (never the rest of the supplier's catalogue).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED) // each read in its own transaction: one refusal spoils no other
public class ScopeChecks {

    @Inject
    EvidenceService evidence;

    @Inject
    ProductService products;

    @Inject
    CoveredProductScreening bodyScreening;

    @Inject
    CallerContext callers;

    /** One product in scope: its snapshot, whether it needs a UN 38.3 summary and lacks one, its screening if readable. */
    public record ProductCheck(CoveredItem item, boolean un383Required, boolean un383Missing,
            Optional<SvhcScreeningResult> screening) {
    }

    public List<ProductCheck> of(ApplicationDetails details) {
        CertificationApplication app = details.application();
        Set<EvidenceId> attached = app.evidence().stream().map(AttachedEvidence::evidenceId).collect(Collectors.toSet());
        // the reader's own and the pieces granted to it: what it may read, without asking for what it may not
        List<EvidenceEntry> summaries = attached.isEmpty() ? List.of() : evidence
                .list(EvidenceType.UN38_3_SUMMARY, null, PageRequest.of(0, PageRequest.MAX_LIMIT)).items().stream()
                .filter(e -> attached.contains(e.evidence().id()) && e.expiryStatus() != ExpiryStatus.EXPIRED).toList();
        TenantId reader = callers.require().tenantId();
        List<CoveredItem> covered = app.scopeItems().stream().filter(i -> i.kind() == CoveredItem.Kind.PRODUCT).toList();
        // the body evaluating the application reads the screening of the products it covers, and of no other
        Map<ProductId, SvhcScreeningResult> forBody = !reader.equals(app.supplier()) && reader.equals(app.body())
                ? bodyScreening.screen(app.supplier(), covered.stream().map(i -> ProductId.parse(i.itemId())).toList())
                : Map.of();
        return covered.stream().map(i -> {
            boolean required = i.unNumber().map(u -> UnNumber.of(u).requiresUn383TestSummary()).orElse(false);
            boolean summarised = summaries.stream().anyMatch(s -> s.evidence().productIds().contains(i.itemId()));
            Optional<SvhcScreeningResult> screening = reader.equals(app.supplier()) ? screening(i)
                    : Optional.ofNullable(forBody.get(ProductId.parse(i.itemId())));
            return new ProductCheck(i, required, required && !summarised, screening);
        }).toList();
    }

    private Optional<SvhcScreeningResult> screening(CoveredItem item) {
        try {
            return Optional.of(products.screen(ProductId.parse(item.itemId())));
        } catch (DomainException gone) {
            return Optional.empty();
        }
    }
}
