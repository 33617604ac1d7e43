package com.greencert.credential.service;

import com.greencert.credential.domain.CredentialId;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the parts of a credential's JSON verification needs, defensively: anything of another shape is absent. */
final class Json {

    private Json() {
    }

    static Optional<String> string(Object value) {
        return value instanceof String s ? Optional.of(s) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** {@code issuer} as a string or as an object's {@code id}. */
    static Optional<String> issuerId(Map<String, Object> vc) {
        Object issuer = vc.get("issuer");
        return string(issuer).or(() -> string(object(issuer).get("id")));
    }

    /** A date-time string, or seconds since the epoch (JWT {@code iat}). */
    static Optional<Instant> instant(Object value) {
        if (value instanceof Number n) {
            return Optional.of(Instant.ofEpochSecond(n.longValue()));
        }
        try {
            return string(value).map(Instant::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<CredentialId> credentialId(Map<String, Object> vc) {
        return string(vc.get("id")).filter(id -> id.startsWith("urn:uuid:")).flatMap(id -> {
            try {
                return Optional.of(CredentialId.parse(id.substring("urn:uuid:".length())));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    static Optional<String> schemeCode(Map<String, Object> vc) {
        return string(object(object(vc.get("credentialSubject")).get("scope")).get("schemeCode"));
    }

    static Map<String, Object> party(Map<String, Object> vc) {
        return object(object(vc.get("credentialSubject")).get("issuedToParty"));
    }

    /** Language value objects ({@code @value}, {@code @language}) by language. */
    static Map<String, String> languages(Object value) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (value instanceof List<?> list) {
            for (Object o : list) {
                Map<String, Object> m = object(o);
                string(m.get("@language")).ifPresent(lang -> string(m.get("@value")).ifPresent(v -> texts.put(lang, v)));
            }
        } else {
            string(value).ifPresent(v -> texts.put("en", v));
        }
        return texts;
    }

    /** The index of the credential's entry for {@code purpose} in the list at {@code listUrl} (none for another list). */
    static Optional<Integer> statusIndex(Map<String, Object> vc, String purpose, String listUrl) {
        Object status = vc.get("credentialStatus");
        List<?> entries = status instanceof List<?> l ? l : status == null ? List.of() : List.of(status);
        for (Object o : entries) {
            Map<String, Object> e = object(o);
            if ("BitstringStatusListEntry".equals(e.get("type")) && purpose.equals(e.get("statusPurpose"))
                    && listUrl.equals(e.get("statusListCredential"))) {
                try {
                    int index = Integer.parseInt(string(e.get("statusListIndex")).orElse("-1"));
                    return index >= 0 && index < com.greencert.credential.domain.StatusBits.SIZE ? Optional.of(index) : Optional.empty();
                } catch (NumberFormatException bad) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
