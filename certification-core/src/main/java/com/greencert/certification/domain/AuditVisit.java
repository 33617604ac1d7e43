package com.greencert.certification.domain;

import com.greencert.evidence.domain.EvidenceId;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Optional;

/** The audit of an application: when, by whom, on site or remote, and the report once it took place. */
@Embeddable
public class AuditVisit {

    public enum Mode { ON_SITE, REMOTE }

    @Column(name = "audit_planned_on")
    private LocalDate plannedOn;

    @Column(name = "auditor", length = 200)
    private String auditor;

    @Enumerated(EnumType.STRING)
    @Column(name = "audit_mode", length = 10)
    private Mode mode;

    @Column(name = "audit_held_on")
    private LocalDate heldOn;

    @Column(name = "audit_report_id", length = 36)
    private String reportEvidenceId;

    protected AuditVisit() {
        // for JPA
    }

    AuditVisit(LocalDate plannedOn, String auditor, Mode mode) {
        this.plannedOn = plannedOn;
        this.auditor = auditor;
        this.mode = mode;
    }

    AuditVisit held(LocalDate on, EvidenceId report) {
        AuditVisit v = new AuditVisit(plannedOn, auditor, mode);
        v.heldOn = on;
        v.reportEvidenceId = report.toString();
        return v;
    }

    public boolean planned() {
        return plannedOn != null;
    }

    public boolean held() {
        return heldOn != null;
    }

    public Optional<LocalDate> plannedOn() {
        return Optional.ofNullable(plannedOn);
    }

    public Optional<String> auditor() {
        return Optional.ofNullable(auditor);
    }

    public Optional<Mode> mode() {
        return Optional.ofNullable(mode);
    }

    public Optional<LocalDate> heldOn() {
        return Optional.ofNullable(heldOn);
    }

    public Optional<EvidenceId> report() {
        return Optional.ofNullable(reportEvidenceId).map(EvidenceId::parse);
    }
}
