package com.greencert.criteria.domain;

import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A buyer asks a supplier to be measured against one of its criteria sets. The supplier accepts (and so shows the
 * buyer its company profile: products with their composition and declared values, facilities) or declines; the
 * buyer may withdraw it. An unanswered invitation lapses after {@link #VALID_FOR}: {@link #stateOn} derives it from
 * the clock, nothing writes it. Inviting the same supplier for the same set again {@link #renew renews} a closed
 * invitation and is refused while one is pending or accepted, so there is never a second one.
 *
 * <p>Read by its two parties only (buyer or supplier, {@code META-INF/eclipselink-orm.xml}); a supplier never learns
 * of another buyer's invitations, and other buyers never learn of this one.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

    /** How long a supplier has to answer. */
    public static final Duration VALID_FOR = Duration.ofDays(30);

    /** Where an invitation stands. */
    public enum State {
        PENDING, ACCEPTED, DECLINED, WITHDRAWN, EXPIRED;

        /** Its name in message keys: {@code invitation.state.accepted}, {@code invitation.is.expired}. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The answers written down; {@link State#EXPIRED} and {@link State#PENDING} are never stored. */
    public enum Answer {
        ACCEPTED, DECLINED, WITHDRAWN
    }

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "buyer_tenant_id", nullable = false, length = 64, updatable = false)
    private String buyerTenantId;

    @Column(name = "supplier_tenant_id", nullable = false, length = 64, updatable = false)
    private String supplierTenantId;

    @Column(name = "criteria_set_id", nullable = false, length = 36, updatable = false)
    private String criteriaSetId;

    @Column(name = "criteria_version", nullable = false)
    private int criteriaVersion;

    @Column(name = "invited_by", nullable = false, length = 200)
    private String invitedBy;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer", length = 20)
    private Answer answer;

    @Column(name = "answered_by", length = 200)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private long version;

    protected Invitation() {
        // for JPA
    }

    /** The buyer invites the supplier for the version of the set it sends (a version once sent is frozen). */
    public Invitation(InvitationId id, TenantId buyer, TenantId supplier, CriteriaSetId set, int criteriaVersion,
            String invitedBy, Clock clock) {
        if (Objects.requireNonNull(buyer, "buyer").equals(Objects.requireNonNull(supplier, "supplier"))) {
            throw new RuleViolationException("invitation.self");
        }
        this.id = Objects.requireNonNull(id, "id").toString();
        this.buyerTenantId = buyer.value();
        this.supplierTenantId = supplier.value();
        this.criteriaSetId = Objects.requireNonNull(set, "set").toString();
        send(criteriaVersion, invitedBy, clock);
    }

    /** Where it stands at {@code now}: an unanswered invitation past its expiry is {@link State#EXPIRED}. */
    public State stateOn(Instant now) {
        if (answer != null) {
            return State.valueOf(answer.name());
        }
        return now.isBefore(expiresAt) ? State.PENDING : State.EXPIRED;
    }

    /** The supplier accepts a pending invitation. */
    public void accept(String by, Clock clock) {
        answer(InvitationAction.ACCEPT, Answer.ACCEPTED, by, clock);
    }

    /** The supplier declines a pending invitation. */
    public void decline(String by, Clock clock) {
        answer(InvitationAction.DECLINE, Answer.DECLINED, by, clock);
    }

    /** The buyer withdraws a pending or accepted invitation; the supplier's profile is no longer shown to it. */
    public void withdraw(String by, Clock clock) {
        answer(InvitationAction.WITHDRAW, Answer.WITHDRAWN, by, clock);
    }

    /** Refuses the action unless the invitation's state at {@code now} is one it is for ({@link InvitationAction}). */
    public void require(InvitationAction action, Instant now) {
        State state = stateOn(now);
        if (!action.allowedIn(state)) {
            throw action.refusal(state);
        }
    }

    /** What the party may do to it at {@code now}: what the screens and the API offer. */
    public java.util.Set<InvitationAction> actionsFor(InvitationAction.Party party, Instant now) {
        State state = stateOn(now);
        java.util.Set<InvitationAction> offered = java.util.EnumSet.noneOf(InvitationAction.class);
        for (InvitationAction a : InvitationAction.values()) {
            if (a.party() == party && a.allowedIn(state)) {
                offered.add(a);
            }
        }
        return offered;
    }

    /** Invites again after a refusal, a withdrawal or the expiry; refused while pending or accepted. */
    public void renew(int criteriaVersion, String by, Clock clock) {
        State now = stateOn(clock.instant());
        if (now == State.PENDING || now == State.ACCEPTED) {
            throw new RuleViolationException("invitation.already." + now.key());
        }
        send(criteriaVersion, by, clock);
    }

    private void send(int criteriaVersion, String by, Clock clock) {
        if (criteriaVersion < 1) {
            throw new IllegalArgumentException("criteria version " + criteriaVersion);
        }
        this.criteriaVersion = criteriaVersion;
        this.invitedBy = Objects.requireNonNull(by, "by");
        this.invitedAt = clock.instant();
        this.expiresAt = invitedAt.plus(VALID_FOR);
        this.answer = null;
        this.answeredBy = null;
        this.answeredAt = null;
    }

    private void answer(InvitationAction action, Answer given, String by, Clock clock) {
        require(action, clock.instant());
        this.answer = given;
        this.answeredBy = Objects.requireNonNull(by, "by");
        this.answeredAt = clock.instant();
    }

    public InvitationId id() {
        return InvitationId.parse(id);
    }

    public TenantId buyer() {
        return TenantId.of(buyerTenantId);
    }

    public TenantId supplier() {
        return TenantId.of(supplierTenantId);
    }

    public CriteriaSetId criteriaSet() {
        return CriteriaSetId.parse(criteriaSetId);
    }

    /** The version of the set it was (last) sent for. */
    public int criteriaVersion() {
        return criteriaVersion;
    }

    public String invitedBy() {
        return invitedBy;
    }

    public Instant invitedAt() {
        return invitedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** When it was accepted, declined or withdrawn; null while unanswered. */
    public Instant answeredAt() {
        return answeredAt;
    }

    public long lockVersion() {
        return version;
    }
}
