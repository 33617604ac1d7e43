package com.greencert.reference.domain;

import com.greencert.shared.domain.InvalidInputException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;

/**
 * A GHS hazard statement code ({@code H225}, {@code H360FD}, {@code H410}) or an EU supplementary one
 * ({@code EUH066}), checked against the starter list shipped in {@code reference/ghs-h-statements.csv}
 * with its English (GHS Annex 3) and Chinese (GB 30000) wording. The case of the letters after the number
 * matters: {@code H360FD} (may damage fertility and the unborn child) is not {@code H360Fd}.
 */
public record GhsHazardStatement(String code) {

    private static final Pattern FORMAT = Pattern.compile("(?i)(EUH|H)(\\d{3})([A-Za-z]{0,2})");
    private static final Map<String, Entry> LIST = ReferenceCsv.read("ghs-h-statements.csv").stream()
            .map(Entry::from).collect(Collectors.toUnmodifiableMap(Entry::code, e -> e));

    public GhsHazardStatement {
        String c = code == null ? "" : code.strip();
        var m = FORMAT.matcher(c);
        if (!m.matches()) {
            throw new InvalidInputException("ghs.statement.invalid", String.valueOf(code));
        }
        c = m.group(1).toUpperCase(Locale.ROOT) + m.group(2) + m.group(3);
        if (!LIST.containsKey(c)) {
            String lower = c.toLowerCase(Locale.ROOT);
            List<String> caseless = LIST.keySet().stream().filter(k -> k.toLowerCase(Locale.ROOT).equals(lower)).toList();
            if (caseless.size() != 1) {
                throw new InvalidInputException("ghs.statement.unknown", String.valueOf(code));
            }
            c = caseless.getFirst();
        }
        code = c;
    }

    public static GhsHazardStatement of(String code) {
        return new GhsHazardStatement(code);
    }

    /** The statement's wording in English or, for {@code zh}, in Chinese. */
    public String text(String language) {
        Entry e = LIST.get(code);
        return "zh".equals(language) ? e.textZh() : e.textEn();
    }

    /** The GHS hazard classes this statement belongs to; empty for EU-only (EUH) statements. */
    public Set<GhsHazardClass> hazardClasses() {
        Set<GhsHazardClass> classes = LIST.get(code).hazardClasses();
        return classes.isEmpty() ? Set.of() : EnumSet.copyOf(classes);
    }

    /** EU supplementary statements (EUH…) are not part of the GHS. */
    public boolean euSupplementary() {
        return code.startsWith("EUH");
    }

    @Override
    public String toString() {
        return code;
    }

    private record Entry(String code, Set<GhsHazardClass> hazardClasses, String textEn, String textZh) {
        static Entry from(CSVRecord r) {
            String classes = r.get("hazard_classes").strip();
            return new Entry(r.get("code"),
                    classes.isEmpty() ? Set.of()
                            : Arrays.stream(classes.split("\\s+")).map(GhsHazardClass::of).collect(Collectors.toUnmodifiableSet()),
                    r.get("text_en"), r.get("text_zh"));
        }
    }
}
