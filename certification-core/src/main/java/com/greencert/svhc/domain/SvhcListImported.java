package com.greencert.svhc.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A new version of the candidate list came into force (fired inside the importing transaction): the one in force
 * before, if any, and the new one. Those who screen against the list hear of what it changes for them.
 */
public record SvhcListImported(Optional<SvhcListVersion> before, SvhcListVersion now) {

    public SvhcListImported {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(now, "now");
    }
}
