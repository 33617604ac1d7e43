package com.greencert.shared.domain;

import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The one shape of the ids GreenCert gives out itself (applications, evidence, products, schemes, …): a
 * random UUID, each kind of id a record of its own type so that one cannot be passed for another. Every
 * such record implements this and makes and reads itself only through {@link #newId} and {@link #parse},
 * so all of them read text alike: white space around the id is ignored (people paste ids), anything but
 * the canonical 36-character form ({@code 8-4-4-4-12} hex digits, any case) is refused as
 * {@code id.malformed} — a 400, never a 500.
 */
public interface UuidId {

    /** The UUID itself; the record's {@code toString()} is its canonical text. */
    UUID value();

    /** Checks a record's component: an id always has a value. */
    static UUID require(UUID value) {
        return Objects.requireNonNull(value, "id");
    }

    /** A new, random id of the given type, e.g. {@code UuidId.newId(EvidenceId::new)}. */
    static <I extends UuidId> I newId(Function<UUID, I> type) {
        return type.apply(UUID.randomUUID());
    }

    /** Reads an id of the given type, e.g. {@code UuidId.parse(text, EvidenceId::new)}. */
    static <I extends UuidId> I parse(String text, Function<UUID, I> type) {
        String id = text == null ? null : text.strip();
        if (id == null || !canonical(id)) {
            throw new InvalidInputException("id.malformed", String.valueOf(text));
        }
        return type.apply(UUID.fromString(id));
    }

    /**
     * Reads the UUID alone, by the same rule as {@link #parse}: for an id of another feature that this one may only
     * name, not type (a product's supporting evidence, named by the supplier feature that evidence depends on).
     */
    static UUID value(String text) {
        return parse(text, id -> (UuidId) () -> id).value();
    }

    /** 8-4-4-4-12 ASCII hex digits: the JDK alone would also take {@code 1-2-3-4-5} or full-width digits. */
    private static boolean canonical(String id) {
        if (id.length() != 36) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-' : HexFormat.isHexDigit(c);
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
