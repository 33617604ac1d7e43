package com.greencert.certification.service;

import com.greencert.certification.domain.Accreditation;
import com.greencert.certification.domain.Accreditations;
import com.greencert.certification.domain.AttachedEvidence;
import com.greencert.certification.domain.CertificationApplication;
import com.greencert.certification.domain.CoveredItem;
import com.greencert.certification.domain.EvidenceReliance;
import com.greencert.certification.domain.Scheme;
import com.greencert.certification.domain.Schemes;
import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.domain.EvidenceRecord;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.evidence.service.EvidenceService;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.notification.domain.Recipients;
import com.greencert.notification.service.Recipient;
import com.greencert.notification.service.RecipientDirectory;
import com.greencert.shared.caller.Role;
import com.greencert.supplier.domain.Facilities;
import com.greencert.supplier.domain.FacilityId;
import com.greencert.supplier.domain.Product;
import com.greencert.supplier.domain.ProductId;
import com.greencert.supplier.domain.Products;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What an application may cover and carry: the supplier's own products (inside the body's accreditation
 * scope) and facilities, the supplier's own evidence (shared with the body on attaching), and the body's
 * own audit report.
 */
@ApplicationScoped
class ApplicationScope {

    @Inject
    Accreditations accreditations;

    @Inject
    Products products;

    @Inject
    Facilities facilities;

    @Inject
    EvidenceService evidence;

    @Inject
    Schemes schemes;

    @Inject
    RecipientDirectory directory;

    /** Whether the scheme's body holds an accreditation for its code on the day: only then may suppliers apply for it. */
    boolean accredited(Scheme scheme, LocalDate today) {
        return accreditations.ofBody(scheme.body()).stream()
                .anyMatch(a -> a.schemeCode().equals(scheme.code()) && a.validUntil().map(d -> !d.isBefore(today)).orElse(true));
    }

    void requireAccredited(Scheme scheme, LocalDate today) {
        if (!accredited(scheme, today)) {
            throw new RuleViolationException("application.scheme.not.accredited", scheme.code(), scheme.body().value());
        }
    }

    List<CoveredItem> products(CertificationApplication app, List<String> ids, LocalDate today) {
        if (ids == null || ids.isEmpty()) {
            throw new InvalidInputException("field.required", "productIds");
        }
        List<Accreditation> scope = accreditations.ofBody(app.body());
        String code = schemeCode(app);
        return ids.stream().distinct().map(id -> {
            Product p = products.find(ProductId.parse(id)).orElseThrow(() -> new NotFoundException("product", id));
            boolean covered = scope.stream().anyMatch(a -> a.covers(code, p.hsCode(), today));
            if (!covered) {
                throw new RuleViolationException("application.product.outside.scope", p.nameEn(), p.hsCode().value());
            }
            return new CoveredItem(CoveredItem.Kind.PRODUCT, id, p.nameEn() + p.nameZh().map(z -> " / " + z).orElse(""),
                    p.hsCode().value(), p.dangerousGoods().map(d -> d.unNumber().value()).orElse(null));
        }).toList();
    }

    List<CoveredItem> facilities(List<String> ids) {
        return (ids == null ? List.<String>of() : ids).stream().distinct().map(id -> {
            var f = facilities.find(FacilityId.parse(id)).orElseThrow(() -> new NotFoundException("facility", id));
            return new CoveredItem(CoveredItem.Kind.FACILITY, id, f.name(), null);
        }).toList();
    }

    /**
     * The supplier's own evidence, as the application keeps it. The body reads it from the submission on
     * ({@link #shareSubmitted}); a piece attached to a draft stays the supplier's alone. A retired piece is refused.
     */
    AttachedEvidence attachable(CertificationApplication app, EvidenceId id) {
        EvidenceRecord e = own(app, id);
        e.requireCurrent(); // a retired piece is attached to nothing new
        return new AttachedEvidence(id, e.type(), e.title(), e.issuedOn(), e.expiresOn().orElse(null));
    }

    /** A correction's proof, shared with the body for this application at once (it is under evaluation). */
    EvidenceId shareWithBody(CertificationApplication app, EvidenceId id) {
        own(app, id);
        evidence.grantForApplication(id, app.body(), app.id().toString());
        return id;
    }

    /** On submission the body may read every attached piece, for this application. */
    void shareSubmitted(CertificationApplication app) {
        app.evidence().forEach(e -> evidence.grantForApplication(e.evidenceId(), app.body(), app.id().toString()));
    }

    /**
     * The application no longer needs these pieces (detached, or the application cancelled or refused): the
     * body's access for it ends, but for what it relied on, which it keeps as its record.
     */
    void endAccess(CertificationApplication app, Set<EvidenceId> pieces) {
        if (app.openToBody()) {
            evidence.endApplicationAccess(app.id().toString(), pieces, EvidenceReliance.of(app, scheme(app)));
        }
    }

    private Scheme scheme(CertificationApplication app) {
        return schemes.find(app.schemeId()).orElseThrow();
    }

    /** The body's assessors (who may audit), as the identity provider lists them now. */
    List<String> auditors(CertificationApplication app) {
        return directory.resolve(Recipients.withRole(Role.ASSESSOR, app.body())).stream().map(Recipient::username)
                .sorted().toList();
    }

    /** The auditor named must be one of the body's assessors. */
    String auditor(CertificationApplication app, String username) {
        if (username == null || username.isBlank()) {
            return username; // the aggregate says what is missing
        }
        if (!auditors(app).contains(username.strip())) {
            throw new RuleViolationException("application.auditor.unknown", username.strip());
        }
        return username.strip();
    }

    /**
     * An audit report the assessor attaches to the application: a current audit report in its certification body's
     * own vault (not one a supplier shared), as it is now. {@link #auditReports} lists the same candidates.
     */
    AttachedEvidence auditReport(CertificationApplication app, EvidenceId id) {
        if (id == null) {
            throw new InvalidInputException("field.required", "evidenceId");
        }
        var entry = evidence.get(id);
        EvidenceRecord e = entry.evidence();
        if (e.type() != EvidenceType.AUDIT_REPORT) {
            throw new RuleViolationException("application.audit.report.type", e.type());
        }
        if (!entry.owner().equals(app.body())) {
            throw new RuleViolationException("application.audit.report.not.own", e.title());
        }
        e.requireCurrent();
        return new AttachedEvidence(id, e.type(), e.title(), e.issuedOn(), e.expiresOn().orElse(null));
    }

    /**
     * The body's current audit reports not yet attached to the application (the newest {@value PageRequest#MAX_LIMIT}):
     * what the assessor may attach.
     */
    List<com.greencert.evidence.service.EvidenceEntry> auditReports(CertificationApplication app) {
        var attached = app.auditReports().stream().map(AttachedEvidence::evidenceId).collect(java.util.stream.Collectors.toSet());
        return evidence.list(EvidenceType.AUDIT_REPORT, null, PageRequest.of(0, PageRequest.MAX_LIMIT)).items().stream()
                .filter(e -> e.owner().equals(app.body()) && e.supersededBy().isEmpty()
                        && !attached.contains(e.evidence().id())).toList();
    }

    /**
     * The title of the recorded audit report, if the reader may see it. Asked without a refusal: a refusal from the
     * transactional EvidenceService would doom the caller's transaction.
     */
    java.util.Optional<String> reportTitle(EvidenceId id) {
        return evidence.readableTitle(id);
    }

    private EvidenceRecord own(CertificationApplication app, EvidenceId id) {
        if (id == null) {
            throw new InvalidInputException("field.required", "evidenceId");
        }
        var entry = evidence.get(id);
        if (!entry.owner().equals(app.supplier())) {
            throw new NotFoundException("evidence", id);
        }
        return entry.evidence();
    }

    private String schemeCode(CertificationApplication app) {
        return schemes.find(app.schemeId()).map(Scheme::code).orElseThrow();
    }
}
