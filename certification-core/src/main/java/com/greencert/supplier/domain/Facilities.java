package com.greencert.supplier.domain;

import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import java.util.Optional;

/** The current tenant's facilities. Implementations see only the current tenant's rows. */
public interface Facilities {

    /** Sort keys {@link #page} offers besides its own order (name, then id). */
    String SORT_NAME = "name";
    String SORT_COUNTRY = "country";

    Optional<Facility> find(FacilityId id);

    /** One page of the tenant's facilities, by name unless sorted by another key. */
    Page<Facility> page(PageRequest page);

    long count();

    void add(Facility facility);
}
