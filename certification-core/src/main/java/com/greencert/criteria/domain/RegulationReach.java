package com.greencert.criteria.domain;

import com.greencert.shared.domain.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Port: what a change of regulation reaches across every tenant, for the platform's administrators only: every
 * product's composition, and the buyers that watch or were shown each supplier.
 */
public interface RegulationReach {

    /** Every product of every supplier with its composition (read in chunks; at most {@code max} products). */
    List<ProductComposition> compositions(int max);

    /** For each of the suppliers, the buyers watching it or shown its profile by an accepted invitation. */
    Map<TenantId, Set<TenantId>> buyersOf(Collection<TenantId> suppliers);
}
