package com.greencert.certification.api;

import com.greencert.shared.api.JsonBodies;

import com.greencert.certification.domain.AuditVisit;
import com.greencert.certification.domain.Finding;
import com.greencert.certification.domain.FindingId;
import com.greencert.certification.domain.Verdict;
import com.greencert.certification.service.ApplicationCommand;
import com.greencert.certification.service.ApplicationCommand.*;
import com.greencert.evidence.domain.EvidenceId;
import com.greencert.shared.api.JsonBodies;
import com.greencert.shared.domain.Dates;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.NotFoundException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the JSON body of {@code POST /api/applications/{id}/{action}} into the command the action names.
 * Unknown actions are 404; missing or malformed fields are 400 problems naming the field.
 */
final class CommandJson {

    private CommandJson() {
    }

    static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        return JsonBodies.object(body);
    }

    static ApplicationCommand parse(String action, JsonObject j) {
        return switch (action) {
            case "cover" -> new Cover(strings(j, "productIds"), strings(j, "facilityIds"));
            case "attach" -> new Attach(evidence(j, "evidenceId", true));
            case "detach" -> new Detach(evidence(j, "evidenceId", true));
            case "submit" -> new Submit();
            case "cancel" -> new Cancel(text(j, "reason"));
            case "accept" -> new Accept(text(j, "note"));
            case "return" -> new Return(text(j, "reason"));
            case "review-criterion" -> new ReviewCriterion(text(j, "criterion"), bool(j, "conforms"), text(j, "note"));
            case "plan-audit" -> new PlanAudit(date(j, "plannedOn"), text(j, "auditor"),
                    enumOf(AuditVisit.Mode.class, j, "mode"));
            case "attach-audit-report" -> new AttachAuditReport(evidence(j, "evidenceId", true));
            case "record-audit" -> new RecordAudit(date(j, "heldOn"), evidence(j, "reportEvidenceId", true));
            case "raise-finding" -> new RaiseFinding(enumOf(Finding.Severity.class, j, "severity"), text(j, "criterion"),
                    text(j, "description"), date(j, "dueOn"));
            case "complete-evaluation" -> new CompleteEvaluation();
            case "respond-to-finding" -> new RespondToFinding(finding(j), text(j, "correction"),
                    evidence(j, "evidenceId", false));
            case "verify-correction" -> new VerifyCorrection(finding(j), bool(j, "effective"), text(j, "note"));
            case "complete-verification" -> new CompleteVerification();
            case "review" -> new Review(enumOf(Verdict.Outcome.class, j, "recommendation"), text(j, "note"));
            case "decide" -> new Decide(enumOf(Verdict.Outcome.class, j, "outcome"), text(j, "reason"), strings(j, "scope"));
            case "record-surveillance" -> new RecordSurveillance(date(j, "heldOn"), bool(j, "satisfactory"), text(j, "note"));
            case "suspend" -> new Suspend(text(j, "reason"));
            case "restore" -> new Restore(text(j, "reason"));
            case "withdraw" -> new Withdraw(text(j, "reason"));
            case "reduce-scope" -> new ReduceScope(strings(j, "scope"), text(j, "reason"));
            default -> throw new NotFoundException("action", action);
        };
    }

    static String text(JsonObject j, String field) {
        JsonValue v = j.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw new InvalidInputException("field.type.text", field);
    }

    private static boolean bool(JsonObject j, String field) {
        JsonValue v = j.get(field);
        if (v == JsonValue.TRUE) {
            return true;
        }
        if (v == JsonValue.FALSE) {
            return false;
        }
        throw new InvalidInputException("field.type.boolean", field);
    }

    private static List<String> strings(JsonObject j, String field) {
        JsonValue v = j.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY
                || v.asJsonArray().stream().anyMatch(x -> x.getValueType() != JsonValue.ValueType.STRING)) {
            throw new InvalidInputException("field.type.list", field);
        }
        return v.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    static LocalDate date(JsonObject j, String field) {
        String t = text(j, field);
        if (t == null) {
            return null;
        }
        try {
            return Dates.storable(field, LocalDate.parse(t.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date.invalid", t);
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, JsonObject j, String field) {
        String t = text(j, field);
        if (t == null) {
            throw new InvalidInputException("field.required", field);
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(t.strip().replace('-', '_')))
                .findFirst().orElseThrow(() -> new InvalidInputException("field.value.unknown", field, t,
                        Arrays.toString(type.getEnumConstants())));
    }

    private static EvidenceId evidence(JsonObject j, String field, boolean required) {
        String t = text(j, field);
        if (t == null) {
            if (required) {
                throw new InvalidInputException("field.required", field);
            }
            return null;
        }
        return EvidenceId.parse(t);
    }

    private static FindingId finding(JsonObject j) {
        String t = text(j, "findingId");
        if (t == null) {
            throw new InvalidInputException("field.required", "findingId");
        }
        return FindingId.parse(t);
    }
}
