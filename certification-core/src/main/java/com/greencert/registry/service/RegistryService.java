package com.greencert.registry.service;

import com.greencert.certification.domain.Scheme;
import com.greencert.certification.domain.Schemes;
import com.greencert.reference.domain.ChineseProvince;
import com.greencert.reference.domain.GhsHazardClass;
import com.greencert.registry.domain.RegistryFacet;
import com.greencert.registry.domain.RegistryHits;
import com.greencert.registry.domain.RegistryQuery;
import com.greencert.registry.domain.RegistrySearch;
import com.greencert.registry.domain.SupplierDocument.CertificationEntry;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.TenantId;
import com.greencert.tenant.domain.Tenant;
import com.greencert.tenant.domain.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Collection;
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

    /**
     * What to call the values of a facet that are codes of this portal's data, in the reader's language
     * ({@code zh} or English): provinces, GHS hazard classes, certification bodies (their names) and schemes (the
     * name their body gives them). Values without a name here are left out (the caller shows its own label).
     */
    public Map<String, String> names(RegistryFacet facet, Collection<String> values, String language) {
        Map<String, String> out = new HashMap<>();
        for (String v : values) {
            Optional<String> name = switch (facet) {
                case PROVINCE -> ChineseProvince.byCode(v).map(p -> p.displayName(language));
                case GHS_CLASS -> Arrays.stream(GhsHazardClass.values()).filter(g -> g.name().equals(v)).findFirst()
                        .map(g -> g.displayName(language));
                case BODY -> tenants.find(TenantId.of(v)).map(t -> "zh".equals(language) && !t.nameZh().isBlank()
                        ? t.nameZh() : t.nameEn());
                case SCHEME -> schemes.published(PageRequest.of(0, 500)).items().stream().filter(s -> s.code().equals(v))
                        .findFirst().map(s -> "zh".equals(language) ? s.nameZh().orElse(s.nameEn()) : s.nameEn());
                default -> Optional.empty();
            };
            name.ifPresent(n -> out.put(v, n));
        }
        return out;
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
