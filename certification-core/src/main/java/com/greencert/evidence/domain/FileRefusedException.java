package com.greencert.evidence.domain;

import com.greencert.shared.domain.InvalidInputException;

/**
 * An uploaded file was refused for what it is, not for how it was asked: too large, of a type the vault
 * does not take (or not the type it claims to be), or of the right type but unacceptable content (text
 * that is not UTF-8, an archive that expands too far). The {@link Reason} lets the API answer 413, 415
 * or 422 instead of a plain 400; everywhere else it is an {@link InvalidInputException} like any other.
 */
public class FileRefusedException extends InvalidInputException {

    /** Why the file was refused. */
    public enum Reason {
        /** Larger than the vault takes. */
        TOO_LARGE,
        /** No known signature, a type not on the allow-list, or bytes that contradict the claimed type. */
        UNSUPPORTED_TYPE,
        /** The right type, but its content is not acceptable (empty, not UTF-8, a zip bomb, broken). */
        UNPROCESSABLE
    }

    private final Reason reason;

    public FileRefusedException(Reason reason, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.reason = reason;
    }

    public static FileRefusedException tooLarge(long maxBytes) {
        return new FileRefusedException(Reason.TOO_LARGE, "evidence.file.too.large", maxBytes / (1024 * 1024));
    }

    public static FileRefusedException unsupported(String messageKey, Object... arguments) {
        return new FileRefusedException(Reason.UNSUPPORTED_TYPE, messageKey, arguments);
    }

    public static FileRefusedException unprocessable(String messageKey, Object... arguments) {
        return new FileRefusedException(Reason.UNPROCESSABLE, messageKey, arguments);
    }

    public Reason reason() {
        return reason;
    }
}
