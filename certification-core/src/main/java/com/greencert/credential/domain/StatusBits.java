package com.greencert.credential.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The bits of a Bitstring Status List v1.0: {@value #SIZE} entries (the spec's minimum, for herd privacy);
 * index 0 is the left-most, most significant bit of the first byte. Published as {@code encodedList}: the
 * multibase base64url (no padding, prefix {@code u}) of the GZIP of the bytes.
 */
public final class StatusBits {

    public static final int SIZE = 131_072;
    private static final int BYTES = SIZE / 8;

    private final byte[] bytes;

    private StatusBits(byte[] bytes) {
        this.bytes = bytes;
    }

    public static StatusBits empty() {
        return new StatusBits(new byte[BYTES]);
    }

    public static StatusBits of(byte[] stored) {
        if (stored == null || stored.length != BYTES) {
            throw new IllegalArgumentException("a status list has " + BYTES + " bytes");
        }
        return new StatusBits(stored.clone());
    }

    public boolean get(int index) {
        check(index);
        return (bytes[index >>> 3] & (0x80 >>> (index & 7))) != 0;
    }

    public void set(int index, boolean on) {
        check(index);
        if (on) {
            bytes[index >>> 3] |= (byte) (0x80 >>> (index & 7));
        } else {
            bytes[index >>> 3] &= (byte) ~(0x80 >>> (index & 7));
        }
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    /** {@code u} + base64url without padding of the GZIP of the bits. */
    public String encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    /** Reads an {@code encodedList}; refuses anything that is not one of at least {@value #SIZE} bits. */
    public static StatusBits decode(String encoded) {
        if (encoded == null || !encoded.startsWith("u") || encoded.length() > 200_000) {
            throw new IllegalArgumentException("not a multibase base64url status list");
        }
        byte[] gz = Base64.getUrlDecoder().decode(encoded.substring(1));
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            byte[] plain = in.readNBytes(BYTES + 1);
            if (plain.length != BYTES) {
                throw new IllegalArgumentException("a status list has " + SIZE + " bits");
            }
            return new StatusBits(plain);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a GZIP status list", e);
        }
    }

    private static void check(int index) {
        if (index < 0 || index >= SIZE) {
            throw new IndexOutOfBoundsException(index);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatusBits s && Arrays.equals(bytes, s.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
