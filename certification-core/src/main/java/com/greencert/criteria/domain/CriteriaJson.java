package com.greencert.criteria.domain;

import com.greencert.supplier.domain.Unit;
import com.greencert.supplier.domain.Quantity;
import com.greencert.certification.domain.SchemeId;
import com.greencert.criteria.domain.DeclaredValueLimit.Comparison;
import com.greencert.criteria.domain.EvidenceWithin.Coverage;
import com.greencert.criteria.domain.ManagementSystem.Standard;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.reference.domain.GhsHazardClass;
import com.greencert.reference.domain.GhsHazardStatement;
import com.greencert.reference.domain.TransportHazardClass;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.TenantId;
import com.greencert.supplier.domain.ProductId;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Criteria as JSON: an array of objects, each tagged by its {@code kind}, with {@code mandatory: true} or a
 * {@code weight} (1–100), e.g. {@code {"kind":"managementSystem","standard":"ISO_14001","mandatory":true}}. One
 * codec for two uses (ADR 0023): what the API reads and answers, and the document a version's criteria are stored
 * as, so what is stored is exactly what the buyer wrote and reads back. Reading refuses a malformed criterion
 * naming its position and kind (unknown kind, missing or misspelt member, wrong type, unknown value); the rules
 * over the whole list (duplicates, contradictions, ranges, how many) are {@link CriteriaRules}', applied when the
 * version is made.
 */
public final class CriteriaJson {

    /** The kinds and the members each has besides the common ones. */
    static final Map<String, List<String>> KINDS = Map.of(
            "holdsCredential", List.of("scheme", "fromBodies", "coveringProducts"),
            "noSvhcAbove", List.of("products"),
            "evidenceWithin", List.of("evidenceType", "coverage", "maxAgeMonths", "notExpired"),
            "un383TestSummary", List.of(),
            "managementSystem", List.of("standard"),
            "declaredValueLimit", List.of("quantity", "comparison", "limit", "unit"),
            "hazardExclusion", List.of("ghsClasses", "hazardStatements", "transportClasses"));

    private static final String KIND_NAMES = String.join(", ", new TreeSet<>(KINDS.keySet()));

    private CriteriaJson() {
    }

    /** Criteria from a JSON array (null or absent: none, which a version refuses as empty). */
    public static List<Criterion> read(JsonValue array) {
        if (array == null || array.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (array.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidInputException("criteria.json.not.list");
        }
        JsonArray items = array.asJsonArray();
        if (items.size() > CriteriaRules.MAX_CRITERIA) { // before reading any of them
            throw new InvalidInputException("criteria.too.many", items.size(), CriteriaRules.MAX_CRITERIA);
        }
        List<Criterion> criteria = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            criteria.add(criterion(items.get(i), i + 1));
        }
        return criteria;
    }

    /** Criteria from a stored document. */
    public static List<Criterion> parse(String document) {
        try (var reader = Json.createReader(new StringReader(document))) {
            return read(reader.readArray());
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalStateException("stored criteria are not a JSON array", e);
        }
    }

    /** The stored document of criteria (without their keys, which are derived). */
    public static String document(List<Criterion> criteria) {
        return write(criteria, false).toString();
    }

    /** Criteria as the API answers them: each with its {@code key}, its label in messages. */
    public static JsonArray write(List<Criterion> criteria, boolean withKeys) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Criterion c : criteria) {
            JsonObjectBuilder o = Json.createObjectBuilder();
            o.add("kind", kindOf(c));
            if (withKeys) {
                o.add("key", c.key());
            }
            o.add("mandatory", c.importance().mandatory());
            if (c.importance().weight() != null) {
                o.add("weight", c.importance().weight());
            }
            members(c, o);
            array.add(o);
        }
        return array.build();
    }

    private static Criterion criterion(JsonValue value, int position) {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException("criteria.json.not.object", position);
        }
        JsonObject o = value.asJsonObject();
        if (!(o.get("kind") instanceof JsonString k)) {
            throw new InvalidInputException("criteria.json.kind.missing", position, KIND_NAMES);
        }
        String kind = k.getString();
        List<String> own = KINDS.get(kind);
        if (own == null) {
            throw new InvalidInputException("criteria.json.kind.unknown", position, shortened(kind), KIND_NAMES);
        }
        CriterionFields f = new CriterionFields(o, position, kind, own);
        Importance importance = f.importance();
        return switch (kind) {
            case "holdsCredential" -> new HoldsCredential(f.parsed("scheme", SchemeId::parse),
                    f.set("fromBodies", TenantId::of), f.flag("coveringProducts", false), importance);
            case "noSvhcAbove" -> new NoSvhcAbove(f.set("products", ProductId::parse), importance);
            case "evidenceWithin" -> new EvidenceWithin(f.parsed("evidenceType", EvidenceType::parse),
                    f.constant("coverage", Coverage.class), f.wholeNumber("maxAgeMonths"), f.flag("notExpired", false),
                    importance);
            case "un383TestSummary" -> new Un383TestSummary(importance);
            case "managementSystem" -> new ManagementSystem(f.constant("standard", Standard.class), importance);
            case "declaredValueLimit" -> new DeclaredValueLimit(f.constant("quantity", Quantity.class),
                    f.constant("comparison", Comparison.class), f.decimal("limit"), f.parsed("unit", CriteriaJson::unit),
                    importance);
            case "hazardExclusion" -> new HazardExclusion(f.set("ghsClasses", GhsHazardClass::of),
                    f.set("hazardStatements", GhsHazardStatement::of), f.set("transportClasses", TransportHazardClass::of),
                    importance);
            default -> throw new IllegalStateException("kind " + kind + " is in KINDS but has no reader");
        };
    }

    /** A unit by its name ({@code KG_CO2E_PER_KG}) or its symbol ({@code kg CO2e/kg}, {@code %}). */
    private static Unit unit(String text) {
        return Unit.parse(text).orElseThrow(() -> new IllegalArgumentException(text));
    }

    private static String kindOf(Criterion c) {
        return switch (c) {
            case HoldsCredential h -> "holdsCredential";
            case NoSvhcAbove n -> "noSvhcAbove";
            case EvidenceWithin e -> "evidenceWithin";
            case Un383TestSummary u -> "un383TestSummary";
            case ManagementSystem m -> "managementSystem";
            case DeclaredValueLimit d -> "declaredValueLimit";
            case HazardExclusion h -> "hazardExclusion";
        };
    }

    private static void members(Criterion c, JsonObjectBuilder o) {
        switch (c) {
            case HoldsCredential h -> o.add("scheme", h.scheme().toString())
                    .add("fromBodies", sorted(h.fromBodies(), TenantId::value))
                    .add("coveringProducts", h.coveringProduct());
            case NoSvhcAbove n -> o.add("products", sorted(n.products(), ProductId::toString));
            case EvidenceWithin e -> o.add("evidenceType", e.type().name()).add("coverage", e.coverage().name())
                    .add("maxAgeMonths", e.maxAgeMonths()).add("notExpired", e.notExpired());
            case Un383TestSummary u -> {
            }
            case ManagementSystem m -> o.add("standard", m.standard().name());
            case DeclaredValueLimit d -> o.add("quantity", d.quantity().name()).add("comparison", d.comparison().name())
                    .add("limit", d.limit()).add("unit", d.unit().name());
            case HazardExclusion h -> o.add("ghsClasses", sorted(h.ghsClasses(), GhsHazardClass::name))
                    .add("hazardStatements", sorted(h.statements(), GhsHazardStatement::code))
                    .add("transportClasses", sorted(h.transportClasses(), TransportHazardClass::code));
        }
    }

    /** A set as a sorted array of texts, so the same criterion is always written the same way. */
    private static <T> JsonArrayBuilder sorted(Collection<T> values, Function<T, String> text) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.stream().map(text).sorted().forEach(array::add);
        return array;
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
