package com.greencert.criteria.service;

import com.greencert.criteria.domain.CriteriaSetId;
import com.greencert.criteria.domain.CriteriaVersion;
import java.util.List;

/** Every invited supplier of a set measured against its current version, best first. */
public record Comparison(CriteriaSetId set, String name, CriteriaVersion version, List<SupplierMatch> suppliers) {

    public Comparison {
        suppliers = List.copyOf(suppliers);
    }
}
