package com.greencert.audit.domain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * How an entry is sealed: SHA-256 (hex) over a canonical encoding of every field and the previous entry's
 * hash. The encoding cannot be read two ways: a version tag, then each field as a 4-byte big-endian
 * length and its UTF-8 bytes (length -1 for an absent value), numbers as 8-byte big-endian integers and
 * the time as microseconds since the epoch (the database keeps microseconds, so times are truncated to
 * them before sealing).
 */
public final class AuditChain {

    /** The previous hash of a ledger's first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final byte[] VERSION = "greencert-audit-v1".getBytes(StandardCharsets.US_ASCII);

    private AuditChain() {
    }

    /** The time as the database keeps it: UTC, microseconds. */
    public static Instant storable(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public static String hash(AuditRecord r) {
        return HexFormat.of().formatHex(sha256(canonical(r)));
    }

    /** The bytes that are hashed (exposed for tests and for anyone re-checking a ledger elsewhere). */
    public static byte[] canonical(AuditRecord r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        text(out, new String(VERSION, StandardCharsets.US_ASCII));
        text(out, r.id());
        text(out, r.ledger());
        number(out, r.seq());
        Instant at = r.occurredAt();
        number(out, Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000));
        text(out, r.actorUserId());
        text(out, r.actorUsername());
        text(out, r.actorTenant());
        text(out, r.action());
        text(out, r.subjectType());
        text(out, r.subjectId());
        text(out, r.detail());
        text(out, r.prevHash());
        return out.toByteArray();
    }

    private static void text(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }

    private static void number(ByteArrayOutputStream out, long value) {
        out.writeBytes(ByteBuffer.allocate(8).putLong(value).array());
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
