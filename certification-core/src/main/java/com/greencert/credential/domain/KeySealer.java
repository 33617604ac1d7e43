package com.greencert.credential.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts private keys at rest: AES-256-GCM under the key-encryption key from configuration, a random 96-bit
 * nonce per key, the key's id as associated data (a sealed key moved to another row does not open). Text form:
 * base64 of nonce + ciphertext + tag.
 */
public final class KeySealer {

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec kek;

    /** {@code kek}: 32 bytes. */
    public KeySealer(byte[] kek) {
        if (kek == null || kek.length != 32) {
            throw new IllegalArgumentException("the key-encryption key must be 32 bytes (base64 of 32 random bytes)");
        }
        this.kek = new SecretKeySpec(kek.clone(), "AES");
    }

    /** From the configured text: base64 of 32 bytes. */
    public static KeySealer fromBase64(String kek) {
        try {
            return new KeySealer(Base64.getDecoder().decode(kek.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the key-encryption key must be base64 of 32 random bytes");
        }
    }

    public String seal(byte[] privateKey, String keyId) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, kek, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(privateKey);
            byte[] out = Arrays.copyOf(nonce, NONCE + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a private key", e);
        }
    }

    /** Opens a sealed key; fails (without saying more) under another key-encryption key or for another key id. */
    public byte[] open(String sealed, String keyId) {
        try {
            byte[] in = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, kek, new GCMParameterSpec(TAG_BITS, in, 0, NONCE));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(in, NONCE, in.length - NONCE);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the private key does not open with the configured key-encryption key");
        }
    }

    @Override
    public String toString() {
        return "KeySealer[AES-256-GCM]";
    }
}
