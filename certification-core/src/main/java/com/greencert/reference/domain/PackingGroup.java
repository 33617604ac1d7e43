package com.greencert.reference.domain;

import com.greencert.shared.domain.InvalidInputException;
import java.util.Locale;

/** How dangerous a dangerous good is within its class: I great, II medium, III minor danger. */
public enum PackingGroup {
    I, II, III;

    public static PackingGroup of(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (t.startsWith("PG")) {
            t = t.substring(2).strip();
        }
        return switch (t) {
            case "I", "1" -> I;
            case "II", "2" -> II;
            case "III", "3" -> III;
            default -> throw new InvalidInputException("packing.group.unknown", String.valueOf(text));
        };
    }
}
