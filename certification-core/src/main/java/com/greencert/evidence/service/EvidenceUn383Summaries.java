package com.greencert.evidence.service;

import com.greencert.evidence.domain.EvidenceType;
import com.greencert.supplier.domain.ProductId;
import com.greencert.supplier.service.Un383Summaries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;

/** The products the caller's UN 38.3 test summaries in date cover, for the product list's battery check. */
@ApplicationScoped
public class EvidenceUn383Summaries implements Un383Summaries {

    @Inject
    EvidenceService evidence;

    @Override
    public Set<ProductId> productsCovered() {
        return evidence.productsCoveredBy(EvidenceType.UN38_3_SUMMARY).stream().map(ProductId::parse)
                .collect(Collectors.toUnmodifiableSet());
    }
}
