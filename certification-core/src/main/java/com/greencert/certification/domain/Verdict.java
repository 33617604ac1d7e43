package com.greencert.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Optional;

/**
 * The independent review's recommendation and the certification decision, each with who made it, when and
 * why. Kept together because the decision is taken on the review.
 */
@Embeddable
public class Verdict {

    public enum Outcome { GRANT, GRANT_REDUCED, REFUSE }

    @Column(name = "reviewer", length = 200)
    private String reviewer;

    @Enumerated(EnumType.STRING)
    @Column(name = "recommendation", length = 16)
    private Outcome recommendation;

    @Column(name = "review_note", length = 2000)
    private String reviewNote;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "decider", length = 200)
    private String decider;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 16)
    private Outcome decision;

    @Column(name = "decision_reason", length = 2000)
    private String decisionReason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Verdict() {
        // for JPA
    }

    static Verdict none() {
        return new Verdict();
    }

    Verdict reviewed(String by, Outcome recommendation, String note, Instant at) {
        Verdict v = new Verdict();
        v.reviewer = by;
        v.recommendation = recommendation;
        v.reviewNote = note;
        v.reviewedAt = at;
        return v;
    }

    Verdict decided(String by, Outcome outcome, String reason, Instant at) {
        Verdict v = reviewed(reviewer, recommendation, reviewNote, reviewedAt);
        v.decider = by;
        v.decision = outcome;
        v.decisionReason = reason;
        v.decidedAt = at;
        return v;
    }

    public Optional<String> reviewer() {
        return Optional.ofNullable(reviewer);
    }

    public Optional<Outcome> recommendation() {
        return Optional.ofNullable(recommendation);
    }

    public Optional<String> reviewNote() {
        return Optional.ofNullable(reviewNote);
    }

    public Optional<String> decider() {
        return Optional.ofNullable(decider);
    }

    public Optional<Outcome> decision() {
        return Optional.ofNullable(decision);
    }

    public Optional<String> decisionReason() {
        return Optional.ofNullable(decisionReason);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }
}
