package com.greencert.credential.jose;

/** A credential refused before its signature could be checked; {@code reason} is the verifier's stable reason code. */
public final class JoseRefusal extends Exception {

    private final String reason;

    public JoseRefusal(String reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
