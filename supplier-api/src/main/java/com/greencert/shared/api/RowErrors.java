package com.greencert.shared.api;

import com.greencert.shared.domain.RowError;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Locale;

/** Row errors of an imported file as JSON: {@code [{"row":3,"code":"cas.check.digit.wrong","detail":"…"}]}. */
public final class RowErrors {

    private RowErrors() {
    }

    public static JsonArray toJson(List<RowError> errors, Locale locale) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (RowError e : errors) {
            array.add(Json.createObjectBuilder().add("row", e.row()).add("code", e.messageKey())
                    .add("detail", e.describe(locale)));
        }
        return array.build();
    }
}
