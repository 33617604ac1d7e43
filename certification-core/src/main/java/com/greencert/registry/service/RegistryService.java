package com.greencert.registry.service;

import com.greencert.certification.domain.Scheme;
import com.greencert.certification.domain.Schemes;
import com.greencert.registry.domain.RegistryHits;
import com.greencert.registry.domain.RegistryQuery;
import com.greencert.registry.domain.RegistrySearch;
import com.greencert.registry.domain.SupplierDocument.CertificationEntry;
import com.greencert.shared.domain.TenantId;
import com.greencert.tenant.domain.Tenant;
import com.greencert.tenant.domain.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Searching the public registry: open to anyone, no caller needed. Only what suppliers published is in the
 * index ({@link RegistryDocuments}); the query is bounded by {@link RegistryQuery}.
 */
@ApplicationScoped
public class RegistryService {

    @Inject
    RegistrySearch search;

    @Inject
    Schemes schemes;

    @Inject
    Tenants tenants;

    public RegistryHits search(RegistryQuery query) {
        return search.search(query);
    }

    /**
     * {@link #search(RegistryQuery)} for a reader of the given language: in Chinese ({@code zh}) each certification
     * names its scheme and body in Chinese where they have a Chinese name (the index keeps the English ones).
     */
    public RegistryHits search(RegistryQuery query, String language) {
        RegistryHits hits = search(query);
        if (!"zh".equals(language)) {
            return hits;
        }
        Map<String, Optional<String>> names = new HashMap<>(); // this page's bodies and schemes, each read once
        return new RegistryHits(hits.total(), hits.hits().stream().map(h -> new RegistryHits.Hit(h.id(), h.nameEn(),
                h.nameZh(), h.country(), h.uscc(), h.certifications().stream().map(c -> inChinese(c, names)).toList(),
                h.highlights(), h.score())).toList(), hits.facets(), hits.nextCursor());
    }

    private CertificationEntry inChinese(CertificationEntry c, Map<String, Optional<String>> names) {
        if (c.bodyId() == null || c.schemeCode() == null) {
            return c;
        }
        TenantId body = TenantId.of(c.bodyId());
        Optional<String> bodyName = names.computeIfAbsent("body:" + c.bodyId(),
                k -> tenants.find(body).map(Tenant::nameZh).filter(n -> !n.isBlank()));
        Optional<String> schemeName = names.computeIfAbsent("scheme:" + c.bodyId() + ":" + c.schemeCode(),
                k -> schemes.latest(body, c.schemeCode()).flatMap(Scheme::nameZh));
        return new CertificationEntry(c.certificateNumber(), c.schemeCode(), schemeName.orElse(c.schemeName()),
                c.bodyId(), bodyName.orElse(c.bodyName()), c.status());
    }
}
