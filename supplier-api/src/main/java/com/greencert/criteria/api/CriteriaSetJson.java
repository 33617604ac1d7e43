package com.greencert.criteria.api;

import com.greencert.criteria.domain.CriteriaJson;
import com.greencert.criteria.domain.CriteriaSet;
import com.greencert.criteria.domain.CriteriaVersion;
import com.greencert.criteria.domain.Criterion;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.api.JsonBodies;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON of criteria sets: what a buyer sends ({@link Written}) and the views the API answers with. */
public final class CriteriaSetJson {

    static final String CRITERIA_DOC = "The criteria in the buyer's order (at most 50), each a JSON object tagged by its "
            + "kind, with \"mandatory\": true or a \"weight\" from 1 to 100. Kinds and their members: "
            + "holdsCredential {scheme (a scheme id), fromBodies [tenant ids; empty for any body], coveringProducts}; "
            + "noSvhcAbove {products [product ids; empty for all]}; evidenceWithin {evidenceType, coverage (PRODUCT or "
            + "FACILITY), maxAgeMonths (1-120), notExpired}; un383TestSummary {}; managementSystem {standard: ISO_14001, "
            + "ISO_45001 or ISO_9001}; declaredValueLimit {quantity (CARBON_FOOTPRINT, RECYCLED_CONTENT, "
            + "BIOBASED_CONTENT), comparison (AT_MOST or AT_LEAST), limit, unit (KG_CO2E_PER_KG or PERCENT, the "
            + "quantity's)}; hazardExclusion {ghsClasses, hazardStatements, transportClasses}. Answers add each "
            + "criterion's \"key\", its label in messages.";

    private CriteriaSetJson() {
    }

    /** What a buyer sends to create or revise a set: its name and criteria. */
    @Schema(name = "CriteriaSetWritten", description = "A criteria set as a buyer writes it")
    public record Written(String name, @Schema(description = CRITERIA_DOC, example = "[{\"kind\":\"managementSystem\","
            + "\"standard\":\"ISO_14001\",\"mandatory\":true},{\"kind\":\"declaredValueLimit\",\"quantity\":"
            + "\"CARBON_FOOTPRINT\",\"comparison\":\"AT_MOST\",\"limit\":2.5,\"unit\":\"KG_CO2E_PER_KG\",\"weight\":30}]")
            List<Object> criteria) {

        /** The name and criteria of a JSON body; refusals name the criterion. */
        static Draft read(String body) {
            JsonObject o = JsonBodies.object(body);
            JsonValue name = o.get("name");
            if (name != null && name.getValueType() != JsonValue.ValueType.NULL && !(name instanceof JsonString)) {
                throw new InvalidInputException("field.type.text", "name");
            }
            if (!o.containsKey("criteria")) {
                throw new InvalidInputException("field.required", "criteria");
            }
            return new Draft(name instanceof JsonString s ? s.getString() : null, CriteriaJson.read(o.get("criteria")));
        }
    }

    /** A set as read from a body. */
    public record Draft(String name, List<Criterion> criteria) {
    }

    /** A set in a list: what it is called and where it stands, without its criteria. */
    public record Row(String id, String name, int currentVersion, boolean currentVersionUsed, Instant createdAt,
            Instant updatedAt) {
        static Row of(CriteriaSet s) {
            CriteriaVersion current = s.current();
            return new Row(s.id().toString(), s.name(), current.number(), current.used(), s.createdAt(), s.updatedAt());
        }
    }

    /** A version's number, when it was written and whether it is frozen. */
    public record VersionRow(int number, Instant createdAt, boolean used) {
        static VersionRow of(CriteriaVersion v) {
            return new VersionRow(v.number(), v.createdAt(), v.used());
        }
    }

    /** A set with its current version's criteria and every version it kept. */
    public record Detail(String id, String name, int currentVersion, boolean currentVersionUsed,
            @Schema(description = CRITERIA_DOC) JsonArray criteria, List<VersionRow> versions, Instant createdAt,
            Instant updatedAt) {
        static Detail of(CriteriaSet s) {
            CriteriaVersion current = s.current();
            return new Detail(s.id().toString(), s.name(), current.number(), current.used(),
                    CriteriaJson.write(current.criteria(), true), s.versions().stream().map(VersionRow::of).toList(),
                    s.createdAt(), s.updatedAt());
        }
    }

    /** One version with its criteria, as it was written (a used one never changes). */
    public record Version(String setId, int number, Instant createdAt, boolean used,
            @Schema(description = CRITERIA_DOC) JsonArray criteria) {
        static Version of(String setId, CriteriaVersion v) {
            return new Version(setId, v.number(), v.createdAt(), v.used(), CriteriaJson.write(v.criteria(), true));
        }
    }
}
