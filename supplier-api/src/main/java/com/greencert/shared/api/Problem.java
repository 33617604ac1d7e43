package com.greencert.shared.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail. {@code code} names the rule that said no, stable across languages;
 * {@code detail} tells it in the caller's language.
 */
public record Problem(int status, String title, String detail, String code) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public String toJson() {
        return json().build().toString();
    }

    /** With an {@code errors} extension member: one entry per bad row of an imported file. */
    public Response toResponse(JsonArray errors) {
        return Response.status(status).type(MEDIA_TYPE).entity(json().add("errors", errors).build().toString()).build();
    }

    private JsonObjectBuilder json() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        if (code != null) {
            json.add("code", code);
        }
        return json;
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(toJson()).build();
    }
}
