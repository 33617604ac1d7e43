package com.greencert.registry.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A page of the registry: how many suppliers match in all, this page's hits in rank order, the counts per
 * facet value, and the cursor of the next page (empty on the last). A facet's counts are over the matches of the
 * text and of the <em>other</em> filters ("drill sideways"): with {@code country=DE} chosen, the country facet
 * still counts every country, so a buyer sees what choosing another would give; the other facets count DE only.
 */
public record RegistryHits(long total, List<Hit> hits, Map<RegistryFacet, List<FacetCount>> facets,
        Optional<String> nextCursor) {

    /**
     * One supplier found. {@code highlights}: per matched field ({@code nameEn}, {@code nameZh}, {@code products},
     * {@code facilities}) its text with the matched words between {@code <mark>} and {@code </mark>}; all other
     * text in it is HTML-escaped.
     */
    public record Hit(String id, String nameEn, String nameZh, String country, String uscc,
            List<SupplierDocument.CertificationEntry> certifications, Map<String, String> highlights, float score) {
    }

    /** How many matching suppliers have this value. */
    public record FacetCount(String value, long count) {
    }
}
