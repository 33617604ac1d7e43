package com.greencert.criteria.domain;

import com.greencert.certification.domain.SchemeId;
import com.greencert.shared.domain.TenantId;
import java.util.Set;

/**
 * The supplier holds a credential of a certification scheme that is in force on the day of the match (not
 * suspended, revoked or superseded, and within its validity).
 *
 * @param fromBodies the certification bodies whose credentials count; empty for any body
 * @param coveringProduct whether every product of the supplier must be named in the scope of such a credential
 *        (a product certification), not only the company or a facility
 */
public record HoldsCredential(SchemeId scheme, Set<TenantId> fromBodies, boolean coveringProduct, Importance importance)
        implements Criterion {

    public HoldsCredential {
        CriterionParts.required("scheme", scheme);
        fromBodies = CriterionParts.copy(fromBodies);
        CriterionParts.required("importance", importance);
    }

    /** Whether a credential from this body counts. */
    public boolean accepts(TenantId body) {
        return fromBodies.isEmpty() || fromBodies.contains(body);
    }

    @Override
    public String key() {
        return "holds-credential:" + scheme + (fromBodies.isEmpty() ? "" : ":from=" + CriterionParts.sorted(fromBodies))
                + (coveringProduct ? ":covering-products" : "");
    }
}
