package com.greencert.certification.domain;

import com.greencert.reference.domain.HsCode;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What an accreditation body allows a certification body to certify: one scheme (by code, all its
 * versions) for products in the listed HS chapters (e.g. 28 inorganic chemicals, 38 chemical products,
 * 85 batteries), from the day it is recorded until a date (at most {@value #MAX_YEARS} years ahead; none
 * for an open-ended one). Applications outside the scope are refused.
 */
@Entity
@Table(name = "accreditation")
public class Accreditation {

    private static final Pattern CHAPTER = Pattern.compile("\\d{2}");
    /** An accreditation cycle is four to six years (ISO/IEC 17011 bodies); ten leaves room and keeps dates sane. */
    public static final int MAX_YEARS = 10;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "body_tenant_id", nullable = false, length = 64)
    private String bodyTenantId;

    @Column(name = "scheme_code", nullable = false, length = 40)
    private String schemeCode;

    /** Two-digit HS chapters, separated by spaces. */
    @Column(name = "hs_chapters", nullable = false, length = 400)
    private String hsChapters;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Version
    private long version;

    protected Accreditation() {
        // for JPA
    }

    /** Recorded {@code today}: refuses an end date that has passed or lies more than {@value #MAX_YEARS} years ahead. */
    public Accreditation(TenantId body, String schemeCode, Collection<String> hsChapters, LocalDate validUntil,
            LocalDate today) {
        this.id = UUID.randomUUID().toString();
        this.bodyTenantId = Objects.requireNonNull(body, "body").value();
        this.schemeCode = Scheme.code("schemeCode", schemeCode);
        TreeSet<String> chapters = new TreeSet<>();
        for (String c : hsChapters == null ? List.<String>of() : hsChapters) {
            String v = c == null ? "" : c.strip();
            if (!CHAPTER.matcher(v).matches()) {
                throw new InvalidInputException("accreditation.chapter.invalid", c);
            }
            chapters.add(v);
        }
        if (chapters.isEmpty()) {
            throw new InvalidInputException("field.required", "hsChapters");
        }
        this.hsChapters = String.join(" ", chapters);
        if (validUntil != null && validUntil.isBefore(today)) {
            throw new InvalidInputException("accreditation.expired", validUntil);
        }
        if (validUntil != null && validUntil.isAfter(today.plusYears(MAX_YEARS))) {
            throw new InvalidInputException("accreditation.valid.until.too.far", validUntil, MAX_YEARS);
        }
        this.validUntil = validUntil;
    }

    /**
     * The HS chapters in which this accreditation and {@code other} grant the same body the same scheme while
     * both are in force on {@code today} (a new one is in force from today): empty when they do not overlap.
     */
    public List<String> overlapWith(Accreditation other, LocalDate today) {
        if (!bodyTenantId.equals(other.bodyTenantId) || !schemeCode.equals(other.schemeCode)
                || !inForce(today) || !other.inForce(today)) {
            return List.of();
        }
        return chapters().stream().filter(other.chapters()::contains).toList();
    }

    private boolean inForce(LocalDate day) {
        return validUntil == null || !validUntil.isBefore(day);
    }

    /** Whether a product with this HS code falls in scope on {@code today}. */
    public boolean covers(String schemeCode, HsCode product, LocalDate today) {
        return this.schemeCode.equalsIgnoreCase(schemeCode) && (validUntil == null || !validUntil.isBefore(today))
                && chapters().contains(product.value().substring(0, 2));
    }

    public TenantId body() { return TenantId.of(bodyTenantId); }
    public String schemeCode() { return schemeCode; }
    public List<String> chapters() { return Arrays.asList(hsChapters.split(" ")); }
    public Optional<LocalDate> validUntil() { return Optional.ofNullable(validUntil); }
}
