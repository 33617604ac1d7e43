package com.greencert.criteria.domain;

import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import java.util.Optional;

/** The current buyer's criteria sets. Implementations see only the current tenant's rows. */
public interface CriteriaSets {

    Optional<CriteriaSet> find(CriteriaSetId id);

    /** One page of the buyer's sets, by name, then id. */
    Page<CriteriaSet> page(PageRequest page);

    void add(CriteriaSet set);

    void remove(CriteriaSet set);
}
