package com.greencert.registry.service;

import com.greencert.certification.domain.ApplicationId;
import com.greencert.certification.domain.ApplicationStatus;
import com.greencert.certification.domain.Applications;
import com.greencert.certification.domain.PublicCertification;
import com.greencert.certification.domain.Scheme;
import com.greencert.certification.domain.SchemeId;
import com.greencert.certification.domain.Schemes;
import com.greencert.credential.service.CertificateStanding;
import com.greencert.credential.service.CredentialState;
import com.greencert.credential.service.PublicCredentials;
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
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads what a batch of suppliers published, in one transaction, and makes their registry documents. A supplier
 * without a profile, or whose names are private, has no document: it is removed from the registry. A
 * certification's entry takes scheme, body and status from the certification's public facts, and its certificate
 * number and live state from the newest credential issued for it ({@link PublicCredentials}); each table is read
 * once per batch.
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
    PublicCredentials credentials;

    @Inject
    Clock clock;

    /** The change feed after a sequence (see {@link RegistryIndexer}). */
    public List<RegistryChange> changesAfter(long after, int max) {
        return changes.after(after, max);
    }

    /** Feed entries that were missing when read past and have committed since. */
    public List<RegistryChange> changesAmong(java.util.Collection<Long> sequences) {
        return changes.among(sequences);
    }

    public long latestChange() {
        return changes.latest();
    }

    /** The lowest sequence still in the feed (0 if none): older entries were pruned. */
    public long oldestChange() {
        return changes.oldest();
    }

    public List<String> idsAfter(String afterId, int max) {
        return published.idsAfter(afterId, max);
    }

    public Batch of(Collection<String> supplierIds) {
        Map<String, PublishedProfile> profiles = published.profiles(supplierIds).stream()
                .collect(Collectors.toMap(PublishedProfile::tenantId, p -> p, (a, b) -> a));
        Set<String> suspended = tenants.suspendedAmong(profiles.keySet()); // a suspended supplier is not listed
        List<String> listed = profiles.values().stream().filter(PublishedProfile::listed).map(PublishedProfile::tenantId)
                .filter(id -> !suspended.contains(id)).toList();
        Map<String, List<PublishedProduct>> products = published.products(listed).stream()
                .collect(Collectors.groupingBy(PublishedProduct::tenantId));
        Map<String, List<PublishedFacility>> facilities = published.facilities(listed).stream()
                .collect(Collectors.groupingBy(PublishedFacility::tenantId));
        Map<String, List<CertificationEntry>> certifications = certifications(listed);
        List<SupplierDocument> upserts = new ArrayList<>();
        List<String> removals = new ArrayList<>();
        for (String id : supplierIds) {
            Optional<SupplierDocument> doc = Optional.ofNullable(profiles.get(id)).filter(p -> !suspended.contains(id)).flatMap(p -> p.document(
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
        List<PublicCertification> certified = applications.certifiedOf(suppliers.stream().map(TenantId::of).toList());
        Map<ApplicationId, CertificateStanding> newest = credentials.newestOf(
                certified.stream().map(PublicCertification::id).toList(), today);
        for (PublicCertification c : certified) {
            Optional<Scheme> scheme = schemeCache.computeIfAbsent(c.schemeId(), schemes::find);
            Optional<Tenant> body = bodyCache.computeIfAbsent(c.body(), tenants::find);
            Optional<CertificateStanding> credential = Optional.ofNullable(newest.get(c.id()));
            out.computeIfAbsent(c.supplier().value(), k -> new ArrayList<>()).add(new CertificationEntry(
                    credential.map(CertificateStanding::certificateNumber).orElse(null),
                    scheme.map(Scheme::code).orElse(null), scheme.map(Scheme::nameEn).orElse(null), c.body().value(),
                    body.map(Tenant::nameEn).orElse(null),
                    status(c.statusOn(today), c.validUntil(), today, credential.map(CertificateStanding::state))));
        }
        return out;
    }

    /** The certification's status, or its credential's live state where that is worse (ADR 0018). */
    static CertificationStatus status(ApplicationStatus status, Optional<LocalDate> validUntil, LocalDate today,
            Optional<CredentialState> credential) {
        CertificationStatus certification = status(status, validUntil, today);
        return credential.flatMap(RegistryDocuments::status).map(certification::orWorse).orElse(certification);
    }

    /** A credential's live state as the registry shows it; superseded or not yet valid says nothing of its own. */
    static Optional<CertificationStatus> status(CredentialState state) {
        return switch (state) {
            case VALID -> Optional.of(CertificationStatus.VALID);
            case SUSPENDED -> Optional.of(CertificationStatus.SUSPENDED);
            case EXPIRED -> Optional.of(CertificationStatus.EXPIRED);
            case REVOKED -> Optional.of(CertificationStatus.WITHDRAWN);
            case SUPERSEDED, NOT_YET_VALID -> Optional.empty();
        };
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
