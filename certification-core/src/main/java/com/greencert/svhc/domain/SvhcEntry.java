package com.greencert.svhc.domain;

import com.greencert.reference.domain.CasNumber;
import com.greencert.reference.domain.EcNumber;
import com.greencert.shared.domain.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One substance (or group of substances) on the candidate list: its name, its EC and CAS numbers (none,
 * one or several: groups and isomers have several, some entries have none), when it was included and why
 * (e.g. "Toxic for reproduction (Article 57c)"). A value: two entries with the same fields are equal.
 */
@Embeddable
public class SvhcEntry {

    static final int NAME_MAX = 2000;
    static final int NUMBERS_MAX = 1000;
    static final int REASON_MAX = 1000;

    @Column(name = "substance_name", nullable = false, length = NAME_MAX)
    private String substanceName;

    /** EC numbers, separated by ", ". */
    @Column(name = "ec_numbers", length = NUMBERS_MAX)
    private String ecNumbers;

    /** CAS numbers, separated by ", ". */
    @Column(name = "cas_numbers", length = NUMBERS_MAX)
    private String casNumbers;

    @Column(name = "included_on", nullable = false)
    private LocalDate includedOn;

    @Column(name = "reason", length = REASON_MAX)
    private String reason;

    protected SvhcEntry() {
        // for JPA
    }

    public SvhcEntry(String substanceName, List<EcNumber> ecNumbers, List<CasNumber> casNumbers, LocalDate includedOn,
            String reason) {
        this.substanceName = text("substanceName", substanceName, NAME_MAX, true);
        this.ecNumbers = joined("ecNumbers", ecNumbers.stream().map(EcNumber::value).distinct().toList());
        this.casNumbers = joined("casNumbers", casNumbers.stream().map(CasNumber::value).distinct().toList());
        if (includedOn == null) {
            throw new InvalidInputException("field.required", "includedOn");
        }
        this.includedOn = includedOn;
        this.reason = text("reason", reason, REASON_MAX, false);
    }

    public String substanceName() {
        return substanceName;
    }

    public List<EcNumber> ecNumbers() {
        return split(ecNumbers).stream().map(EcNumber::of).toList();
    }

    public List<CasNumber> casNumbers() {
        return split(casNumbers).stream().map(CasNumber::of).toList();
    }

    public LocalDate includedOn() {
        return includedOn;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /** Its CAS numbers as stored, for the version's index. */
    List<String> casValues() {
        return split(casNumbers);
    }

    /** Its EC numbers as stored, for the version's index. */
    List<String> ecValues() {
        return split(ecNumbers);
    }

    public boolean hasCas(CasNumber cas) {
        return split(casNumbers).contains(cas.value());
    }

    public boolean hasEc(EcNumber ec) {
        return split(ecNumbers).contains(ec.value());
    }

    /**
     * What identifies the entry from one list version to the next: its CAS numbers, else its EC numbers,
     * else its name (case and spacing ignored).
     */
    public String identity() {
        if (casNumbers != null) {
            return "cas:" + String.join(",", split(casNumbers).stream().sorted().toList());
        }
        if (ecNumbers != null) {
            return "ec:" + String.join(",", split(ecNumbers).stream().sorted().toList());
        }
        return "name:" + substanceName.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SvhcEntry e && substanceName.equals(e.substanceName) && Objects.equals(ecNumbers, e.ecNumbers)
                && Objects.equals(casNumbers, e.casNumbers) && includedOn.equals(e.includedOn)
                && Objects.equals(reason, e.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(substanceName, ecNumbers, casNumbers, includedOn, reason);
    }

    @Override
    public String toString() {
        return substanceName + " [EC " + (ecNumbers == null ? "-" : ecNumbers) + "; CAS "
                + (casNumbers == null ? "-" : casNumbers) + "] included " + includedOn;
    }

    private static String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidInputException("field.required", field);
            }
            return null;
        }
        String v = value.strip().replaceAll("\\s+", " ");
        if (v.length() > max) {
            throw new InvalidInputException("field.too.long", field, max);
        }
        return v;
    }

    private static String joined(String field, List<String> numbers) {
        String v = numbers.isEmpty() ? null : String.join(", ", numbers);
        if (v != null && v.length() > NUMBERS_MAX) {
            throw new InvalidInputException("field.too.long", field, NUMBERS_MAX);
        }
        return v;
    }

    private static List<String> split(String numbers) {
        return numbers == null ? List.of() : Arrays.asList(numbers.split(", "));
    }
}
