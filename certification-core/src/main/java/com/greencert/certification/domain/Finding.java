package com.greencert.certification.domain;

import com.greencert.evidence.domain.EvidenceId;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A non-conformity the assessor found against one criterion: major (blocks certification until corrected
 * and verified) or minor (needs at least a corrective-action plan), each with a due date. The supplier
 * responds with a corrective action and evidence; the assessor verifies it, closing the finding or
 * reopening it.
 */
@Entity
@Table(name = "application_finding")
public class Finding {

    public enum Severity { MAJOR, MINOR }

    public enum Status { OPEN, RESPONDED, CLOSED }

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    private CertificationApplication application;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 10)
    private Severity severity;

    @Column(name = "criterion_code", nullable = false, length = 20)
    private String criterionCode;

    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "raised_by", nullable = false, length = 200)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private Status status;

    @Column(name = "correction", length = 2000)
    private String correction;

    @Column(name = "correction_evidence_id", length = 36)
    private String correctionEvidenceId;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "verified_by", length = 200)
    private String verifiedBy;

    @Column(name = "verification_note", length = 2000)
    private String verificationNote;

    protected Finding() {
        // for JPA
    }

    Finding(CertificationApplication application, Severity severity, String criterionCode, String description,
            LocalDate dueOn, String raisedBy, Instant raisedAt, LocalDate today) {
        if (dueOn == null || !dueOn.isAfter(today)) {
            throw new InvalidInputException("finding.due.future");
        }
        this.id = FindingId.newId().toString();
        this.application = application;
        this.severity = Objects.requireNonNull(severity, "severity");
        this.criterionCode = criterionCode;
        this.description = Text.required("description", description, 2000);
        this.dueOn = dueOn;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
        this.status = Status.OPEN;
    }

    void respond(String correction, EvidenceId evidence, Instant at) {
        if (status == Status.CLOSED) {
            throw new RuleViolationException("finding.closed", id);
        }
        this.correction = Text.required("correction", correction, 2000);
        this.correctionEvidenceId = evidence == null ? null : evidence.toString();
        this.respondedAt = at;
        this.status = Status.RESPONDED;
    }

    void verify(boolean effective, String note, String by) {
        if (status != Status.RESPONDED) {
            throw new RuleViolationException("finding.not.responded", id);
        }
        String text = Text.optional("note", note, 2000);
        this.verifiedBy = by;
        this.verificationNote = text;
        this.status = effective ? Status.CLOSED : Status.OPEN;
    }

    public boolean overdue(LocalDate today) {
        return status != Status.CLOSED && dueOn.isBefore(today);
    }

    /** Whether this finding still keeps the application from going to independent review. */
    boolean blocking() {
        return severity == Severity.MAJOR ? status != Status.CLOSED : status == Status.OPEN;
    }

    public FindingId id() {
        return FindingId.parse(id);
    }

    public Severity severity() {
        return severity;
    }

    public String criterionCode() {
        return criterionCode;
    }

    public String description() {
        return description;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String raisedBy() {
        return raisedBy;
    }

    public Status status() {
        return status;
    }

    public Optional<String> correction() {
        return Optional.ofNullable(correction);
    }

    public Optional<EvidenceId> correctionEvidence() {
        return Optional.ofNullable(correctionEvidenceId).map(EvidenceId::parse);
    }

    public Optional<String> verifiedBy() {
        return Optional.ofNullable(verifiedBy);
    }

    public Optional<String> verificationNote() {
        return Optional.ofNullable(verificationNote);
    }
}
