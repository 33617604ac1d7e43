package com.greencert.supplier.domain;

import java.util.List;
import java.util.Optional;

/** The current tenant's facilities. Implementations see only the current tenant's rows. */
public interface Facilities {

    Optional<Facility> find(FacilityId id);

    List<Facility> all();

    void add(Facility facility);
}
