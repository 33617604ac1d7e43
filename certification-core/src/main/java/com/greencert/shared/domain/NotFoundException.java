package com.greencert.shared.domain;

/**
 * No such object for this caller. Also what another tenant's private object looks like:
 * its existence is not disclosed.
 */
public final class NotFoundException extends DomainException {
    public NotFoundException(String what, Object id) {
        super("not.found", what, String.valueOf(id));
    }
}
