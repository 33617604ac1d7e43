package com.greencert.criteria.domain;

import com.greencert.shared.domain.TenantId;
import com.greencert.svhc.domain.SvhcListVersion;
import java.util.Collection;
import java.util.List;

/**
 * Reads {@link SupplierFacts} for many suppliers at once (a handful of queries per thousand suppliers, never one per
 * supplier). This port carries the privacy rule of ADR 0023: only what the buyer may see goes into a snapshot.
 */
public interface SupplierFactsSource {

    /**
     * What each supplier shows the buyer after accepting its invitation: credentials, every product (its SVHC verdict
     * against {@code list}, none when no list is in force), facilities, the evidence it granted the buyer and not
     * retired, and the types of its current evidence it did not grant (markers only). In the order given.
     */
    List<SupplierFacts> shared(TenantId buyer, Collection<TenantId> suppliers, SvhcListVersion list);

    /** What the public registry shows of each supplier: credentials, products' published classification, facilities. */
    List<SupplierFacts> publicRegistry(Collection<TenantId> suppliers);

    /**
     * Something matching reads of the supplier changed in the caller's transaction (a product, its composition or
     * declared values, a facility, the profile, the tenant's state, evidence, a credential, a certification): what
     * was kept of its facts no longer counts, on any node, once the transaction commits.
     */
    void changed(TenantId supplier);

    /**
     * Builds and keeps, in the caller's transaction, the facts of up to {@code most} suppliers of which nothing
     * valid is kept (never kept, or changed since), so that later matches find them kept; how many.
     */
    int keepMissing(int most);
}
