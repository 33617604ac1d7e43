package com.greencert.criteria.domain;

import com.greencert.shared.domain.TenantId;
import java.util.List;
import java.util.Optional;

/** The caller's (a buyer's) watch list; and, for notifications only, who watches a supplier. */
public interface WatchList {

    /** The buyer's watched suppliers, at most {@code max}, oldest first. */
    List<WatchedSupplier> all(int max);

    Optional<WatchedSupplier> find(TenantId supplier);

    /** Adds the supplier unless it is watched already (two at once: one row, the other a 409). Whether it was added. */
    boolean add(WatchedSupplier watched);

    void remove(WatchedSupplier watched);

    /** Every buyer watching the supplier, whoever asks (for the notifier, which tells them; never shown). */
    List<TenantId> buyersWatching(TenantId supplier);
}
