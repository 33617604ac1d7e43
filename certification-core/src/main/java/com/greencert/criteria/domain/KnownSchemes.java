package com.greencert.criteria.domain;

import com.greencert.certification.domain.SchemeId;
import com.greencert.shared.domain.InvalidInputException;
import java.util.List;

/**
 * Port: whether a certification scheme exists, for the service that saves a buyer's criteria (the schemes are the
 * certification feature's). Evidence types and standards are closed lists and need no look-up.
 */
public interface KnownSchemes {

    boolean exists(SchemeId scheme);

    /** Refuses the first criterion that asks for a credential of a scheme that does not exist, naming it. */
    default void requireKnown(List<Criterion> criteria) {
        for (int i = 0; i < criteria.size(); i++) {
            if (criteria.get(i) instanceof HoldsCredential h && !exists(h.scheme())) {
                throw new InvalidInputException("criteria.scheme.unknown", i + 1, h.key(), h.scheme());
            }
        }
    }
}
