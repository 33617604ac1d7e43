package com.greencert.criteria.domain;

import com.greencert.shared.domain.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret in an invitation link: 32 random bytes, base64url. Only its holder (the invited address) can join
 * through it; the portal keeps its SHA-256 and never the token, so a copy of the database opens no link. Checked
 * once when read from a link (anything else is an unknown link), trusted after.
 */
public record JoinToken(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public JoinToken {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw NotFoundException.because("join.link.unknown");
        }
    }

    public static JoinToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new JoinToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Reads a token from a link; an ill-formed one is as unknown as a wrong one. */
    public static JoinToken of(String text) {
        return new JoinToken(text == null ? null : text.strip());
    }

    /** What is stored: the SHA-256 of the token, in hex. */
    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The link's path in the portal. */
    public String path() {
        return "/join/" + value;
    }

    @Override
    public String toString() {
        return "JoinToken[…]"; // never in a log
    }
}
