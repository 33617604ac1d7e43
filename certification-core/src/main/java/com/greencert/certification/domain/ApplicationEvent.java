package com.greencert.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One step in an application's history: what was done, by whom, when, and why. */
@Entity
@Table(name = "application_event")
public class ApplicationEvent {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id")
    private CertificationApplication application;

    @Column(name = "seq", nullable = false)
    private int seq;

    @Column(name = "action", nullable = false, length = 40)
    private String action;

    @Column(name = "status_after", nullable = false, length = 30)
    private String statusAfter;

    @Column(name = "actor", nullable = false, length = 200)
    private String actor;

    @Column(name = "actor_tenant", nullable = false, length = 64)
    private String actorTenant;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "note", length = 2000)
    private String note;

    protected ApplicationEvent() {
        // for JPA
    }

    ApplicationEvent(CertificationApplication application, int seq, ApplicationAction action, ApplicationStatus after,
            Actor actor, Instant at, String note) {
        this.id = UUID.randomUUID().toString();
        this.application = application;
        this.seq = seq;
        this.action = action.slug();
        this.statusAfter = after.name();
        this.actor = actor.username();
        this.actorTenant = actor.tenant().value();
        this.occurredAt = at;
        this.note = note;
    }

    public int seq() {
        return seq;
    }

    public String action() {
        return action;
    }

    public ApplicationStatus statusAfter() {
        return ApplicationStatus.valueOf(statusAfter);
    }

    public String actor() {
        return actor;
    }

    public String actorTenant() {
        return actorTenant;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }
}
