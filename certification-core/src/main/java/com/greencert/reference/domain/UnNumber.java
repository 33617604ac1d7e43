package com.greencert.reference.domain;

import com.greencert.shared.domain.InvalidInputException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;

/**
 * A UN number, the four-digit number of an entry in the Dangerous Goods List of the UN Model
 * Regulations, written {@code UN1993}. Checked against the starter list shipped in
 * {@code reference/un-numbers.csv}, which also gives the proper shipping name, class, packing groups and
 * whether a UN 38.3 test summary must be made available (lithium and sodium ion batteries).
 */
public record UnNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("(?:UN)?\\s?(\\d{4})");
    private static final Set<String> LITHIUM_BATTERIES = Set.of("UN3090", "UN3091", "UN3480", "UN3481");
    private static final Map<String, Entry> LIST = ReferenceCsv.read("un-numbers.csv").stream()
            .map(Entry::from).collect(Collectors.toUnmodifiableMap(Entry::number, e -> e));

    public UnNumber {
        var matcher = FORMAT.matcher(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new InvalidInputException("un.invalid", String.valueOf(value));
        }
        String v = "UN" + matcher.group(1);
        if (!LIST.containsKey(v)) {
            throw new InvalidInputException("un.unknown", v);
        }
        value = v;
    }

    public static UnNumber of(String value) {
        return new UnNumber(value);
    }

    public String properShippingName() {
        return entry().properShippingName();
    }

    public TransportHazardClass hazardClass() {
        return entry().hazardClass();
    }

    public Optional<TransportHazardClass> subsidiaryHazard() {
        return Optional.ofNullable(entry().subsidiaryHazard());
    }

    /** The packing groups the entry allows; empty for entries without one (e.g. batteries). */
    public Set<PackingGroup> packingGroups() {
        return entry().packingGroups().isEmpty() ? Set.of() : EnumSet.copyOf(entry().packingGroups());
    }

    /** UN3090, UN3091, UN3480, UN3481: lithium metal and lithium ion batteries, alone or with equipment. */
    public boolean isLithiumBattery() {
        return LITHIUM_BATTERIES.contains(value);
    }

    /** Whether the manufacturer must make available a UN 38.3 test summary (Model Regulations 2.9.4 and 2.9.5). */
    public boolean requiresUn383TestSummary() {
        return entry().testSummary();
    }

    private Entry entry() {
        return LIST.get(value);
    }

    @Override
    public String toString() {
        return value;
    }

    private record Entry(String number, String properShippingName, TransportHazardClass hazardClass,
            TransportHazardClass subsidiaryHazard, Set<PackingGroup> packingGroups, boolean testSummary) {

        static Entry from(CSVRecord r) {
            String subsidiary = r.get("subsidiary_hazard");
            String groups = r.get("packing_groups").strip();
            return new Entry(r.get("un_number"), r.get("proper_shipping_name"), TransportHazardClass.of(r.get("class")),
                    subsidiary.isBlank() ? null : TransportHazardClass.of(subsidiary),
                    groups.isEmpty() ? Set.of()
                            : Arrays.stream(groups.split("\\s+")).map(PackingGroup::of).collect(Collectors.toUnmodifiableSet()),
                    "Y".equals(r.get("test_summary_38_3")));
        }
    }
}
