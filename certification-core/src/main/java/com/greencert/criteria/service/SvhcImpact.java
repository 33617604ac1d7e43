package com.greencert.criteria.service;

import com.greencert.supplier.domain.SvhcVerdict;
import com.greencert.tenant.domain.Tenant;
import java.util.List;

/**
 * What importing a candidate SVHC list would change, before it is imported: of the products screened, those whose
 * verdict changes (worse or better), their suppliers, and the buyers linked to those suppliers (watching them, or
 * shown their profile) whose alerts and match results change with them.
 *
 * @param capped whether there were more products than one preview screens ({@link RegulationImpactService#MAX_PRODUCTS})
 */
public record SvhcImpact(int screened, boolean capped, List<Change> changes, List<Tenant> suppliers, List<Tenant> buyers) {

    public SvhcImpact {
        changes = List.copyOf(changes);
        suppliers = List.copyOf(suppliers);
        buyers = List.copyOf(buyers);
    }

    /** One product whose verdict changes. */
    public record Change(Tenant supplier, String product, SvhcVerdict before, SvhcVerdict after) {

        /** Whether the product gets worse (towards exceeding the threshold). */
        public boolean worse() {
            return after.ordinal() > before.ordinal();
        }
    }
}
