package com.greencert.criteria.domain;

import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.domain.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A buyer invites, by e-mail, a supplier that is not on the portal yet, for one of its criteria sets (docs/adr/0026).
 * The mail carries a link with a {@link JoinToken}; whoever opens it before it lapses ({@link Invitation#VALID_FOR})
 * opens the portal to the supplier's company, as its first administrator, and finds the buyer's request waiting.
 * A link serves once: used, withdrawn by the buyer or lapsed, it is refused with a page that says which. Inviting
 * the same address for the same set again renews a closed link with a new token; it is refused while the link is
 * open or once the supplier joined. Owned by the buyer's tenant ({@code META-INF/eclipselink-orm.xml}).
 */
@Entity
@Table(name = "join_invitation")
public class JoinInvitation {

    /** Where a link stands; only {@link #USED} and {@link #WITHDRAWN} are written, the rest derive from the clock. */
    public enum State {
        OPEN, USED, WITHDRAWN, EXPIRED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    @Id
    @Column(name = "id", length = 36)
    private String id;

    /** The inviting buyer: stamped and filtered by tenancy, so read-only here. */
    @Column(name = "tenant_id", nullable = false, length = 64, insertable = false, updatable = false)
    private String buyerTenantId;

    @Column(name = "criteria_set_id", nullable = false, length = 36, updatable = false)
    private String criteriaSetId;

    @Column(name = "email", nullable = false, length = 254, updatable = false)
    private String email;

    @Column(name = "company_name", nullable = false, length = 200)
    private String companyName;

    /** The language of the mail and of the page the link opens: {@code en} or {@code zh}. */
    @Column(name = "language", nullable = false, length = 2)
    private String language;

    @Column(name = "token_sha256", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "invited_by", nullable = false, length = 200)
    private String invitedBy;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "supplier_tenant_id", length = 64)
    private String supplierTenantId;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private long version;

    protected JoinInvitation() {
        // for JPA
    }

    public JoinInvitation(JoinInvitationId id, TenantId buyer, CriteriaSetId set, String email, String companyName,
            String language, JoinToken token, String invitedBy, Clock clock) {
        this.id = Objects.requireNonNull(id, "id").toString();
        this.buyerTenantId = Objects.requireNonNull(buyer, "buyer").value();
        this.criteriaSetId = Objects.requireNonNull(set, "set").toString();
        this.email = address(email);
        send(companyName, language, token, invitedBy, clock);
    }

    /** An e-mail address as the portal keeps it: trimmed, lower case; refused unless it looks like one. */
    public static String address(String email) {
        String a = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (a.length() > 254 || !EMAIL.matcher(a).matches()) {
            throw new InvalidInputException("user.email.invalid", email);
        }
        return a;
    }

    public State stateOn(Instant now) {
        if (usedAt != null) {
            return State.USED;
        }
        if (withdrawnAt != null) {
            return State.WITHDRAWN;
        }
        return now.isBefore(expiresAt) ? State.OPEN : State.EXPIRED;
    }

    /** Sends it again, with a new token, after a withdrawal or the expiry; refused while open or once used. */
    public void renew(String companyName, String language, JoinToken token, String by, Clock clock) {
        State now = stateOn(clock.instant());
        if (now == State.OPEN || now == State.USED) {
            throw new RuleViolationException("join.already." + now.key(), email);
        }
        send(companyName, language, token, by, clock);
    }

    /** The link is taken by whoever opened it: from now on it serves no one else (refused unless open). */
    public void claim(Clock clock) {
        require(clock.instant());
        this.usedAt = clock.instant();
    }

    /** Gives a claimed link back (opening the portal failed half-way): it is open again until it lapses. */
    public void release() {
        if (supplierTenantId == null) {
            this.usedAt = null;
        }
    }

    /** The supplier's company joined as this tenant (the link was claimed first). */
    public void joinedAs(TenantId supplier) {
        if (usedAt == null || supplierTenantId != null) {
            throw new IllegalStateException("join " + id + " not claimed, or joined already");
        }
        this.supplierTenantId = Objects.requireNonNull(supplier, "supplier").value();
    }

    /** The buyer withdraws an open link. */
    public void withdraw(Clock clock) {
        require(clock.instant());
        this.withdrawnAt = clock.instant();
    }

    /** Refuses, in words the link's holder understands, unless the link is open at {@code now}. */
    public void require(Instant now) {
        State state = stateOn(now);
        if (state != State.OPEN) {
            throw new RuleViolationException("join.link." + state.key());
        }
    }

    private void send(String companyName, String language, JoinToken token, String by, Clock clock) {
        this.companyName = Text.required("companyName", companyName, 200);
        this.language = "zh".equals(language) ? "zh" : "en";
        this.tokenHash = Objects.requireNonNull(token, "token").hash();
        this.invitedBy = Objects.requireNonNull(by, "by");
        this.invitedAt = clock.instant();
        this.expiresAt = invitedAt.plus(Invitation.VALID_FOR);
        this.usedAt = null;
        this.withdrawnAt = null;
    }

    public JoinInvitationId id() { return JoinInvitationId.parse(id); }
    public TenantId buyer() { return TenantId.of(buyerTenantId); }
    public CriteriaSetId criteriaSet() { return CriteriaSetId.parse(criteriaSetId); }
    public String email() { return email; }
    public String companyName() { return companyName; }
    public String language() { return language; }
    public String invitedBy() { return invitedBy; }
    public Instant invitedAt() { return invitedAt; }
    public Instant expiresAt() { return expiresAt; }
    public Optional<Instant> usedAt() { return Optional.ofNullable(usedAt); }
    public Optional<TenantId> supplier() { return Optional.ofNullable(supplierTenantId).map(TenantId::of); }
}
