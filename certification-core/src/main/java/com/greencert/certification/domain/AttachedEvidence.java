package com.greencert.certification.domain;

import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.shared.domain.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A piece of the supplier's evidence attached to an application, as it was when attached (type, title,
 * dates): the certification body judges what it was given, and the vault's later versions do not change it.
 */
@Embeddable
public class AttachedEvidence {

    @Column(name = "evidence_id", nullable = false, length = 36)
    private String evidenceId;

    @Column(name = "evidence_type", nullable = false, length = 40)
    private String type;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    protected AttachedEvidence() {
        // for JPA
    }

    public AttachedEvidence(EvidenceId evidenceId, EvidenceType type, String title, LocalDate issuedOn, LocalDate expiresOn) {
        this.evidenceId = Objects.requireNonNull(evidenceId, "evidenceId").toString();
        this.type = Objects.requireNonNull(type, "type").name();
        this.title = Text.required("title", title, 300);
        this.issuedOn = Objects.requireNonNull(issuedOn, "issuedOn");
        this.expiresOn = expiresOn;
    }

    public EvidenceId evidenceId() {
        return EvidenceId.parse(evidenceId);
    }

    public EvidenceType type() {
        return EvidenceType.valueOf(type);
    }

    public String title() {
        return title;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public Optional<LocalDate> expiresOn() {
        return Optional.ofNullable(expiresOn);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttachedEvidence a && evidenceId.equals(a.evidenceId);
    }

    @Override
    public int hashCode() {
        return evidenceId.hashCode();
    }
}
