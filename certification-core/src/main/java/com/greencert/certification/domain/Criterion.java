package com.greencert.certification.domain;

import com.greencert.evidence.domain.EvidenceType;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One requirement of a scheme every applicant must meet, e.g. "SDS revised within 3 years": which kinds of
 * evidence prove it, how fresh that evidence must be, and, where the requirement is numeric, the limit
 * (e.g. "product carbon footprint ≤ 2.5 kg CO2e/kg") the assessor checks the evidence against.
 */
@Embeddable
public class Criterion {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9.-]{0,19}");

    @Column(name = "code", nullable = false, length = 20)
    private String code;

    @Column(name = "title_en", nullable = false, length = 300)
    private String titleEn;

    @Column(name = "title_zh", length = 300)
    private String titleZh;

    /** Evidence type names, separated by spaces; each must be attached. */
    @Column(name = "evidence_types", nullable = false, length = 400)
    private String evidenceTypes;

    /** Evidence older than this (by its issue date) does not count; null = no limit. */
    @Column(name = "max_age_months")
    private Integer maxAgeMonths;

    @Column(name = "threshold_max", precision = 19, scale = 6)
    private BigDecimal thresholdMax;

    @Column(name = "threshold_unit", length = 40)
    private String thresholdUnit;

    protected Criterion() {
        // for JPA
    }

    public Criterion(String code, String titleEn, String titleZh, Set<EvidenceType> evidenceTypes, Integer maxAgeMonths,
            BigDecimal thresholdMax, String thresholdUnit) {
        String c = Text.required("code", code, 20).toUpperCase();
        if (!CODE.matcher(c).matches()) {
            throw new InvalidInputException("scheme.criterion.code.invalid", code);
        }
        if (evidenceTypes == null || evidenceTypes.isEmpty()) {
            throw new InvalidInputException("scheme.criterion.evidence.required", c);
        }
        if (maxAgeMonths != null && (maxAgeMonths < 1 || maxAgeMonths > 120)) {
            throw new InvalidInputException("scheme.criterion.max.age.range", c, 1, 120);
        }
        if ((thresholdMax == null) != (thresholdUnit == null || thresholdUnit.isBlank())) {
            throw new InvalidInputException("scheme.criterion.threshold.incomplete", c);
        }
        this.code = c;
        this.titleEn = Text.required("titleEn", titleEn, 300);
        this.titleZh = Text.optional("titleZh", titleZh, 300);
        this.evidenceTypes = EnumSet.copyOf(evidenceTypes).stream().map(Enum::name).collect(Collectors.joining(" "));
        this.maxAgeMonths = maxAgeMonths;
        this.thresholdMax = thresholdMax;
        this.thresholdUnit = Text.optional("thresholdUnit", thresholdUnit, 40);
    }

    /** Whether a piece of evidence issued and expiring on these dates still counts on {@code today}. */
    public Optional<MissingEvidence.Reason> problemWith(LocalDate issuedOn, LocalDate expiresOn, LocalDate today) {
        if (expiresOn != null && expiresOn.isBefore(today)) {
            return Optional.of(MissingEvidence.Reason.EXPIRED);
        }
        if (maxAgeMonths != null && issuedOn.plusMonths(maxAgeMonths).isBefore(today)) {
            return Optional.of(MissingEvidence.Reason.TOO_OLD);
        }
        return Optional.empty();
    }

    public String code() {
        return code;
    }

    public String titleEn() {
        return titleEn;
    }

    public Optional<String> titleZh() {
        return Optional.ofNullable(titleZh);
    }

    public Set<EvidenceType> evidenceTypes() {
        return Arrays.stream(evidenceTypes.split(" ")).map(EvidenceType::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EvidenceType.class)));
    }

    public Optional<Integer> maxAgeMonths() {
        return Optional.ofNullable(maxAgeMonths);
    }

    public Optional<BigDecimal> thresholdMax() {
        return Optional.ofNullable(thresholdMax);
    }

    public Optional<String> thresholdUnit() {
        return Optional.ofNullable(thresholdUnit);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Criterion c && code.equals(c.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code);
    }
}
