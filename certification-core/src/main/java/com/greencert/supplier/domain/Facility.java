package com.greencert.supplier.domain;

import com.greencert.shared.domain.CountryCode;
import com.greencert.shared.domain.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A site where a supplier makes, fills or stores goods: a factory, a warehouse, a laboratory.
 * Certificates and audits name facilities, so each one has a stable id. Tenant-owned: the tenant
 * column is mapped in {@code META-INF/eclipselink-orm.xml}, never by this class.
 */
@Entity
@Table(name = "facility")
public class Facility {

    /** The longest name, and the longest address or activities text, a facility takes (the columns' lengths). */
    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 500;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "address", nullable = false, length = 500)
    private String address;

    @Column(name = "country", nullable = false, length = 2)
    private String country;

    @Column(name = "latitude")
    private Double latitude;

    @Column(name = "longitude")
    private Double longitude;

    @Column(name = "activities", length = 500)
    private String activities;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Facility() {
        // for JPA
    }

    public Facility(FacilityId id, String name, String address, CountryCode country, GeoPoint location,
            String activities, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id").toString();
        this.name = Text.required("facility.name", name, NAME_MAX);
        this.address = Text.required("facility.address", address, TEXT_MAX);
        this.country = Objects.requireNonNull(country, "country").value();
        if (location != null) {
            this.latitude = location.latitude();
            this.longitude = location.longitude();
        }
        this.activities = Text.optional("facility.activities", activities, TEXT_MAX);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public FacilityId id() {
        return FacilityId.parse(id);
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public CountryCode country() {
        return CountryCode.of(country);
    }

    public Optional<GeoPoint> location() {
        return latitude == null ? Optional.empty() : Optional.of(new GeoPoint(latitude, longitude));
    }

    public Optional<String> activities() {
        return Optional.ofNullable(activities);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
