package com.greencert.shared.domain;

/**
 * No such object for this caller. Also what another tenant's private object looks like:
 * its existence is not disclosed.
 */
public final class NotFoundException extends DomainException {
    public NotFoundException(String what, Object id) {
        super("not.found", what, String.valueOf(id));
    }

    private NotFoundException(String messageKey, Object[] arguments) {
        super(messageKey, arguments);
    }

    /** Unknown, told in the thing's own words ({@code messageKey}): where "no X with id Y" would say nothing useful. */
    public static NotFoundException because(String messageKey, Object... arguments) {
        return new NotFoundException(messageKey, arguments);
    }
}
