package com.greencert.registry.service;

import com.greencert.certification.domain.ApplicationStatus;
import com.greencert.certification.domain.Applications;
import com.greencert.certification.domain.PublicCertification;
import com.greencert.certification.domain.Scheme;
import com.greencert.certification.domain.SchemeId;
import com.greencert.certification.domain.Schemes;
import com.greencert.registry.domain.CertificationStatus;
import com.greencert.registry.domain.PublishedFacility;
import com.greencert.registry.domain.PublishedProduct;
import com.greencert.registry.domain.PublishedProfile;
import com.greencert.registry.domain.PublishedSuppliers;
import com.greencert.registry.domain.RegistryChange;
import com.greencert.registry.domain.RegistryChanges;
import com.greencert.registry.domain.SupplierDocument;
import com.greencert.registry.domain.SupplierDocument.CertificationEntry;
import com.greencert.shared.domain.TenantId;
import com.greencert.tenant.domain.Tenant;
import com.greencert.tenant.domain.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads what a batch of suppliers published, in one transaction, and makes their registry documents. A supplier
 * without a profile, or whose names are private, has no document: it is removed from the registry.
 * TODO(ADR 0018): take certificate numbers and live credential states from the credential feature's
 * PublicCredentials once it is implemented; until then the certification's public facts give scheme, body, status.
 */
@ApplicationScoped
@Transactional
public class RegistryDocuments {

    /** A batch: the documents to index and the ids to remove. */
    public record Batch(List<SupplierDocument> upserts, List<String> removals) {
    }

    @Inject
    PublishedSuppliers published;

    @Inject
    Applications applications;

    @Inject
    Schemes schemes;

    @Inject
    Tenants tenants;

    @Inject
    RegistryChanges changes;

    @Inject
    Clock clock;

    /** The change feed after a sequence (see {@link RegistryIndexer}). */
    public List<RegistryChange> changesAfter(long after, int max) {
        return changes.after(after, max);
    }

    public long latestChange() {
        return changes.latest();
    }

    public List<String> idsAfter(String afterId, int max) {
        return published.idsAfter(afterId, max);
    }

    public Batch of(Collection<String> supplierIds) {
        Map<String, PublishedProfile> profiles = published.profiles(supplierIds).stream()
                .collect(Collectors.toMap(PublishedProfile::tenantId, p -> p, (a, b) -> a));
        List<String> listed = profiles.values().stream().filter(PublishedProfile::listed).map(PublishedProfile::tenantId).toList();
        Map<String, List<PublishedProduct>> products = published.products(listed).stream()
                .collect(Collectors.groupingBy(PublishedProduct::tenantId));
        Map<String, List<PublishedFacility>> facilities = published.facilities(listed).stream()
                .collect(Collectors.groupingBy(PublishedFacility::tenantId));
        Map<String, List<CertificationEntry>> certifications = certifications(listed);
        List<SupplierDocument> upserts = new ArrayList<>();
        List<String> removals = new ArrayList<>();
        for (String id : supplierIds) {
            Optional<SupplierDocument> doc = Optional.ofNullable(profiles.get(id)).flatMap(p -> p.document(
                    products.getOrDefault(id, List.of()), facilities.getOrDefault(id, List.of()),
                    certifications.getOrDefault(id, List.of())));
            doc.ifPresentOrElse(upserts::add, () -> removals.add(id));
        }
        return new Batch(upserts, removals);
    }

    private Map<String, List<CertificationEntry>> certifications(List<String> suppliers) {
        if (suppliers.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<SchemeId, Optional<Scheme>> schemeCache = new HashMap<>();
        Map<TenantId, Optional<Tenant>> bodyCache = new HashMap<>();
        Map<String, List<CertificationEntry>> out = new HashMap<>();
        for (PublicCertification c : applications.certifiedOf(suppliers.stream().map(TenantId::of).toList())) {
            Optional<Scheme> scheme = schemeCache.computeIfAbsent(c.schemeId(), schemes::find);
            Optional<Tenant> body = bodyCache.computeIfAbsent(c.body(), tenants::find);
            out.computeIfAbsent(c.supplier().value(), k -> new ArrayList<>()).add(new CertificationEntry(null,
                    scheme.map(Scheme::code).orElse(null), scheme.map(Scheme::nameEn).orElse(null), c.body().value(),
                    body.map(Tenant::nameEn).orElse(null), status(c.statusOn(today), c.validUntil(), today)));
        }
        return out;
    }

    static CertificationStatus status(ApplicationStatus status, Optional<LocalDate> validUntil, LocalDate today) {
        return switch (status) {
            case CERTIFIED -> CertificationStatus.VALID;
            case SUSPENDED -> CertificationStatus.SUSPENDED;
            case EXPIRED -> CertificationStatus.EXPIRED;
            case WITHDRAWN, CANCELLED, REFUSED -> CertificationStatus.WITHDRAWN;
            default -> validUntil.filter(u -> !u.isBefore(today)).isPresent() ? CertificationStatus.VALID
                    : CertificationStatus.EXPIRED; // a renewal under way: the issued certificate still counts
        };
    }
}
