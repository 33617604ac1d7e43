package com.greencert.certification.domain;

import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.AccessDeniedException;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.domain.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A complaint to a certification body about a supplier it certified (e.g. a buyer found an undeclared
 * SVHC in a shipment): received, investigated by the body's staff, closed as substantiated or not with an
 * outcome the complainant sees. A substantiated complaint may lead the body to suspend the certification,
 * which is its own, separate decision.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

    public enum Status { RECEIVED, INVESTIGATING, SUBSTANTIATED, NOT_SUBSTANTIATED }

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "application_id", nullable = false, length = 36)
    private String applicationId;

    @Column(name = "supplier_tenant_id", nullable = false, length = 64)
    private String supplierTenantId;

    @Column(name = "body_tenant_id", nullable = false, length = 64)
    private String bodyTenantId;

    @Column(name = "complainant_tenant_id", nullable = false, length = 64)
    private String complainantTenantId;

    @Column(name = "complainant", nullable = false, length = 200)
    private String complainant;

    @Column(name = "subject", nullable = false, length = 4000)
    private String subject;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "investigator", length = 200)
    private String investigator;

    @Column(name = "outcome", length = 4000)
    private String outcome;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Complaint() {
        // for JPA
    }

    public Complaint(ComplaintId id, PublicCertification certification, Actor complainant, String subject, Instant at) {
        if (certification.issuedOn().isEmpty()) {
            throw new RuleViolationException("complaint.not.certified");
        }
        if (complainant.tenant().equals(certification.supplier()) || complainant.tenant().equals(certification.body())) {
            throw new RuleViolationException("complaint.party");
        }
        this.id = Objects.requireNonNull(id, "id").toString();
        this.applicationId = certification.id().toString();
        this.supplierTenantId = certification.supplier().value();
        this.bodyTenantId = certification.body().value();
        this.complainantTenantId = complainant.tenant().value();
        this.complainant = complainant.username();
        this.subject = Text.required("subject", subject, 4000);
        this.receivedAt = at;
        this.status = Status.RECEIVED;
    }

    public void investigate(Actor actor) {
        requireBodyStaff(actor);
        require(status == Status.RECEIVED, "investigate");
        this.investigator = actor.username();
        this.status = Status.INVESTIGATING;
    }

    public void close(Actor actor, boolean substantiated, String outcome, Instant at) {
        requireBodyStaff(actor);
        require(status == Status.INVESTIGATING, "close");
        this.outcome = Text.required("outcome", outcome, 4000);
        this.closedAt = at;
        this.status = substantiated ? Status.SUBSTANTIATED : Status.NOT_SUBSTANTIATED;
    }

    private void requireBodyStaff(Actor actor) {
        if (!actor.tenant().equals(body()) || !(actor.has(Role.ASSESSOR) || actor.has(Role.DECISION_MAKER))) {
            throw new AccessDeniedException("complaint.handler.role");
        }
    }

    private void require(boolean condition, String action) {
        if (!condition) {
            throw new RuleViolationException("complaint.state", action, status);
        }
    }

    /**
     * Whether a tenant may learn who complained: the complainant itself and the body handling it, never the
     * supplier complained about (ISO/IEC 17065 7.13: the complainant's identity stays confidential).
     */
    public boolean complainantKnownTo(TenantId reader) {
        return reader.equals(complainantTenant()) || reader.equals(body());
    }

    public boolean open() {
        return status == Status.RECEIVED || status == Status.INVESTIGATING;
    }

    public ComplaintId id() { return ComplaintId.parse(id); }
    public ApplicationId applicationId() { return ApplicationId.parse(applicationId); }
    public TenantId supplier() { return TenantId.of(supplierTenantId); }
    public TenantId body() { return TenantId.of(bodyTenantId); }
    public TenantId complainantTenant() { return TenantId.of(complainantTenantId); }
    public String complainant() { return complainant; }
    public String subject() { return subject; }
    public Instant receivedAt() { return receivedAt; }
    public Status status() { return status; }
    public Optional<String> investigator() { return Optional.ofNullable(investigator); }
    public Optional<String> outcome() { return Optional.ofNullable(outcome); }
    public Optional<Instant> closedAt() { return Optional.ofNullable(closedAt); }
    public long version() { return version; }
}
