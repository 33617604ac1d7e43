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
import java.util.Set;

/**
 * A supplier's request that the certification body reconsider a decision on its application (a refusal,
 * a reduced scope, a suspension or a withdrawal). Handled by a decision-maker who took no part in the
 * evaluation, review or decision appealed; it ends upheld (the decision is undone) or dismissed.
 */
@Entity
@Table(name = "appeal")
public class Appeal {

    public enum Status { LODGED, UNDER_CONSIDERATION, UPHELD, DISMISSED }

    /** What can be done to an appeal. */
    public enum Action { TAKE_UP, UPHOLD, DISMISS }

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "application_id", nullable = false, length = 36)
    private String applicationId;

    @Column(name = "supplier_tenant_id", nullable = false, length = 64)
    private String supplierTenantId;

    @Column(name = "body_tenant_id", nullable = false, length = 64)
    private String bodyTenantId;

    @Column(name = "appealed_status", nullable = false, length = 30)
    private String appealedStatus;

    @Column(name = "grounds", nullable = false, length = 4000)
    private String grounds;

    @Column(name = "lodged_by", nullable = false, length = 200)
    private String lodgedBy;

    @Column(name = "lodged_at", nullable = false)
    private Instant lodgedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "handler", length = 200)
    private String handler;

    @Column(name = "outcome", length = 4000)
    private String outcome;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Appeal() {
        // for JPA
    }

    /** Lodged by the supplier against the application's current decision (the application checked it may be). */
    public Appeal(AppealId id, CertificationApplication application, Actor supplier, String grounds, Instant at) {
        this.id = Objects.requireNonNull(id, "id").toString();
        this.applicationId = application.id().toString();
        this.supplierTenantId = application.supplier().value();
        this.bodyTenantId = application.body().value();
        this.appealedStatus = application.storedStatus().name();
        this.grounds = Text.required("grounds", grounds, 4000);
        this.lodgedBy = supplier.username();
        this.lodgedAt = at;
        this.status = Status.LODGED;
    }

    /** A decision-maker of the body takes the appeal; refused if they were involved in what is appealed. */
    public void takeUp(Actor actor, Set<String> involved) {
        requireBodyDecisionMaker(actor);
        require(status == Status.LODGED, "appeal.state", "take-up", status);
        if (involved.contains(actor.username())) {
            throw new RuleViolationException("appeal.impartiality", actor.username());
        }
        this.handler = actor.username();
        this.status = Status.UNDER_CONSIDERATION;
    }

    public void uphold(Actor actor, String outcome, Instant at) {
        close(actor, outcome, at, Status.UPHELD);
    }

    public void dismiss(Actor actor, String outcome, Instant at) {
        close(actor, outcome, at, Status.DISMISSED);
    }

    private void close(Actor actor, String outcome, Instant at, Status to) {
        requireBodyDecisionMaker(actor);
        require(status == Status.UNDER_CONSIDERATION, "appeal.state", to == Status.UPHELD ? "uphold" : "dismiss", status);
        require(actor.username().equals(handler), "appeal.handler.only", handler);
        this.outcome = Text.required("outcome", outcome, 4000);
        this.closedAt = at;
        this.status = to;
    }

    private void requireBodyDecisionMaker(Actor actor) {
        if (!actor.tenant().equals(body()) || !actor.has(Role.DECISION_MAKER)) {
            throw new AccessDeniedException("appeal.handler.role");
        }
    }

    private static void require(boolean condition, String key, Object... args) {
        if (!condition) {
            throw new RuleViolationException(key, args);
        }
    }

    /** What this actor may do to the appeal now, given who was involved in what is appealed. */
    public java.util.List<Action> allowedActions(Actor actor, Set<String> involved) {
        if (!actor.tenant().equals(body()) || !actor.has(Role.DECISION_MAKER)) {
            return java.util.List.of();
        }
        if (status == Status.LODGED && !involved.contains(actor.username())) {
            return java.util.List.of(Action.TAKE_UP);
        }
        if (status == Status.UNDER_CONSIDERATION && actor.username().equals(handler)) {
            return java.util.List.of(Action.UPHOLD, Action.DISMISS);
        }
        return java.util.List.of();
    }

    public boolean open() {
        return status == Status.LODGED || status == Status.UNDER_CONSIDERATION;
    }

    public AppealId id() { return AppealId.parse(id); }
    public ApplicationId applicationId() { return ApplicationId.parse(applicationId); }
    public TenantId supplier() { return TenantId.of(supplierTenantId); }
    public TenantId body() { return TenantId.of(bodyTenantId); }
    public ApplicationStatus appealedStatus() { return ApplicationStatus.valueOf(appealedStatus); }
    public String grounds() { return grounds; }
    public String lodgedBy() { return lodgedBy; }
    public Instant lodgedAt() { return lodgedAt; }
    public Status status() { return status; }
    public Optional<String> handler() { return Optional.ofNullable(handler); }
    public Optional<String> outcome() { return Optional.ofNullable(outcome); }
    public Optional<Instant> closedAt() { return Optional.ofNullable(closedAt); }
    public long version() { return version; }
}
