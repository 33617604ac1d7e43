package com.greencert.tenant.domain;

import com.greencert.shared.domain.CountryCode;
import com.greencert.shared.domain.InvalidInputException;
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
 * An organisation that uses the portal: a buyer, a supplier, a certification body, or the platform
 * operator. Its id is the alias of its Keycloak organization, which holds its members; this record
 * holds what the portal needs to know of it. The tenant registry itself is shared, not tenant-owned.
 */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "name_zh", length = 200)
    private String nameZh;

    @Enumerated(EnumType.STRING)
    @Column(name = "tenant_type", nullable = false, length = 32)
    private TenantType type;

    @Column(name = "country", length = 2)
    private String country;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Null while active; set while suspended (its people cannot sign in, a supplier leaves the public registry). */
    @Column(name = "suspended_at")
    private Instant suspendedAt;

    @Version
    private long version;

    protected Tenant() {
        // for JPA
    }

    public Tenant(TenantId id, String nameEn, String nameZh, TenantType type, String country, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id").value();
        this.nameEn = requireName(nameEn);
        this.nameZh = Text.optional("nameZh", nameZh, 200);
        this.type = Objects.requireNonNull(type, "type");
        this.country = country == null ? null : CountryCode.of(country).value();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public TenantId id() {
        return TenantId.of(id);
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    /** The name to show to a reader of the given language; falls back to English. */
    public String displayName(String language) {
        return "zh".equals(language) && nameZh != null ? nameZh : nameEn;
    }

    public TenantType type() {
        return type;
    }

    public String country() {
        return country;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Corrects the tenant's names and country (the id, its Keycloak organization's alias, never changes). */
    public boolean edit(String newNameEn, String newNameZh, String newCountry) {
        String en = requireName(newNameEn);
        String zh = Text.optional("nameZh", newNameZh, 200);
        String c = newCountry == null || newCountry.isBlank() ? null : CountryCode.of(newCountry).value();
        if (Objects.equals(en, nameEn) && Objects.equals(zh, nameZh) && Objects.equals(c, country)) {
            return false;
        }
        nameEn = en;
        nameZh = zh;
        country = c;
        return true;
    }

    /**
     * Suspends the tenant: its people are refused sign-in, and a supplier disappears from the public registry.
     * The platform itself cannot be suspended (nobody could undo it), nor a tenant that is suspended already.
     */
    public void suspend(Instant now) {
        if (type == TenantType.PLATFORM) {
            throw new RuleViolationException("tenant.suspend.platform");
        }
        if (suspendedAt != null) {
            throw new RuleViolationException("tenant.suspended.already", id);
        }
        suspendedAt = Objects.requireNonNull(now, "now");
    }

    /** Lifts a suspension; refused for a tenant that is not suspended. */
    public void reactivate() {
        if (suspendedAt == null) {
            throw new RuleViolationException("tenant.active.already", id);
        }
        suspendedAt = null;
    }

    public boolean isSuspended() {
        return suspendedAt != null;
    }

    public Optional<Instant> suspendedAt() {
        return Optional.ofNullable(suspendedAt);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidInputException("tenant.name.invalid");
        }
        return Text.wellFormed("nameEn", name).strip();
    }
}
