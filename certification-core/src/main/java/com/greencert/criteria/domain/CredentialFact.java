package com.greencert.criteria.domain;

import com.greencert.certification.domain.SchemeId;
import com.greencert.credential.domain.CredentialId;
import com.greencert.credential.domain.CredentialStanding;
import com.greencert.shared.domain.TenantId;
import com.greencert.supplier.domain.ProductId;
import java.util.Objects;
import java.util.Set;

/**
 * A credential of the supplier as anyone may see it (credentials are public documents): its scheme, the body that
 * issued it, its standing (certificate number, validity, suspension, revocation, supersession) and the products its
 * scope names.
 */
public record CredentialFact(CredentialId id, SchemeId scheme, TenantId body, CredentialStanding standing,
        Set<ProductId> products) implements Basis {

    public CredentialFact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(standing, "standing");
        products = CriterionParts.copy(products);
    }
}
