package com.greencert.tenant.domain;

import com.greencert.shared.domain.CountryCode;
import com.greencert.shared.domain.InvalidInputException;
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

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidInputException("tenant.name.invalid");
        }
        return Text.wellFormed("nameEn", name).strip();
    }
}
