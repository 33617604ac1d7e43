package com.greencert.shared.api;

import com.greencert.shared.domain.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.NoSuchElementException;

/**
 * The JSON object of a request body read as text (the command and criteria endpoints parse it themselves, to name
 * the field or criterion at fault). Text that is not one JSON value (empty, malformed, or a value followed by
 * more) is a 400 {@code body.unreadable} saying where the parser stopped; JSON that is not an object is a 400
 * {@code application.body.unreadable}. Nesting is bounded before this is reached ({@link JsonDepthLimit}).
 */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** A text field that must be there and not blank, stripped (400 naming the field when missing or not text). */
    public static String requiredText(JsonObject o, String field) {
        if (!(o.get(field) instanceof jakarta.json.JsonString s) || s.getString().isBlank()) {
            throw new InvalidInputException(o.containsKey(field) ? "field.type.text" : "field.required", field);
        }
        return s.getString().strip();
    }

    /** A text field that may be left out, stripped; null when missing, blank or not text. */
    public static String optionalText(JsonObject o, String field) {
        return o.get(field) instanceof jakarta.json.JsonString s && !s.getString().isBlank() ? s.getString().strip() : null;
    }

    public static JsonObject object(String body) {
        JsonValue value;
        JsonParser parser = Json.createParser(new StringReader(body == null ? "" : body));
        try (parser) {
            if (!parser.hasNext()) {
                throw new InvalidInputException("body.unreadable", "empty");
            }
            parser.next();
            value = parser.getValue();
            if (parser.hasNext()) {
                throw new InvalidInputException("body.unreadable", "more than one JSON value");
            }
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            throw new InvalidInputException("body.unreadable", firstLine(e.getMessage()));
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException("application.body.unreadable");
        }
        return value.asJsonObject();
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
