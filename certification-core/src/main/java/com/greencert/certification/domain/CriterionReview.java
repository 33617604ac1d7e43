package com.greencert.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Optional;

/** The assessor's document review of one criterion: conforms or not, why, by whom, when. */
@Embeddable
public class CriterionReview {

    @Column(name = "criterion_code", nullable = false, length = 20)
    private String criterionCode;

    @Column(name = "conforms", nullable = false)
    private boolean conforms;

    @Column(name = "note", length = 2000)
    private String note;

    @Column(name = "reviewed_by", nullable = false, length = 200)
    private String reviewedBy;

    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;

    protected CriterionReview() {
        // for JPA
    }

    CriterionReview(String criterionCode, boolean conforms, String note, String reviewedBy, Instant reviewedAt) {
        this.criterionCode = criterionCode;
        this.conforms = conforms;
        this.note = note;
        this.reviewedBy = reviewedBy;
        this.reviewedAt = reviewedAt;
    }

    public String criterionCode() {
        return criterionCode;
    }

    public boolean conforms() {
        return conforms;
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }
}
