package com.greencert.registry.api;

import com.greencert.registry.domain.RegistryFacet;
import com.greencert.registry.domain.RegistryHits;
import com.greencert.registry.domain.RegistryQuery;
import com.greencert.registry.service.RegistryService;
import com.greencert.shared.domain.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;

/**
 * The public supplier registry: anyone may search it, without a token (rate-limited per client address like
 * every anonymous call: 429 with {@code Retry-After}). Only what suppliers made public is searchable.
 */
@Path("/public/suppliers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegistryResource {

    @Inject
    RegistryService registry;

    @Context
    UriInfo uri;

    /** A page of the registry. */
    public record RegistryPage(long total, List<SupplierHit> suppliers, Map<String, List<FacetValue>> facets,
            String nextCursor) {
    }

    /** One supplier found: {@code page} is the path of its public page. */
    public record SupplierHit(String id, String nameEn, String nameZh, String country, String uscc, String page,
            List<Certification> certifications, Map<String, String> highlights) {
    }

    /** A certification's public facts; {@code status} is valid, suspended, expired or withdrawn. */
    public record Certification(String certificateNumber, String scheme, String schemeName, String body,
            String bodyName, String status) {
    }

    public record FacetValue(String value, long count) {
    }

    @GET
    @SecurityRequirementsSet
    @Operation(summary = "Search the public supplier registry (no token needed)", description = """
            Finds suppliers by what they made public: legal names in English or Chinese (typos, pinyin with or \
            without tones and spaces, "GreenPower" = "Green Power"), USCC, certificate number, HS code or prefix, \
            UN number, product and facility names, certification scheme and body. q is plain text, never query \
            syntax; at most 200 characters. Hits come in rank order (an exact USCC or certificate number first); \
            follow nextCursor for the next page. Filters take one value each; a malformed one is a 400 problem. \
            Each facet is counted over the matches of q and of the other filters (not its own), so the counts \
            say what choosing another value would give.""")
    @APIResponse(responseCode = "200", description = "A page of suppliers, the counts per facet value, the next cursor")
    @APIResponse(responseCode = "400", description = "A filter, cursor, limit or q out of bounds (application/problem+json)")
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After")
    @APIResponse(responseCode = "503", description = "The search cluster is not answering (nothing is lost); see Retry-After")
    public Response search(
            @Parameter(description = "What to look for, plain text (at most 200 characters)") @QueryParam("q") String q,
            @Parameter(description = "ISO 3166 country code, e.g. CN") @QueryParam("country") String country,
            @Parameter(description = "Province of registration in China, GB/T 2260 code, e.g. 33 (Zhejiang)") @QueryParam("province") String province,
            @Parameter(description = "HS chapter, two digits, e.g. 85") @QueryParam("hsChapter") String hsChapter,
            @Parameter(description = "UN transport hazard class, e.g. 3 or 9") @QueryParam("unClass") String unClass,
            @Parameter(description = "GHS hazard class, e.g. FLAMMABLE_LIQUID") @QueryParam("ghsClass") String ghsClass,
            @Parameter(description = "Certification scheme code") @QueryParam("scheme") String scheme,
            @Parameter(description = "Certification body (its tenant id)") @QueryParam("body") String body,
            @Parameter(description = "valid, suspended, expired, withdrawn or none") @QueryParam("status") String status,
            @Parameter(description = "nextCursor of the page before") @QueryParam("cursor") String cursor,
            @Parameter(description = "Hits per page, 1 to 50 (default 20)") @QueryParam("limit") String limit) {
        Map<RegistryFacet, String> filters = new EnumMap<>(RegistryFacet.class);
        put(filters, RegistryFacet.COUNTRY, country);
        put(filters, RegistryFacet.PROVINCE, province);
        put(filters, RegistryFacet.HS_CHAPTER, hsChapter);
        put(filters, RegistryFacet.UN_CLASS, unClass);
        put(filters, RegistryFacet.GHS_CLASS, ghsClass);
        put(filters, RegistryFacet.SCHEME, scheme);
        put(filters, RegistryFacet.BODY, body);
        put(filters, RegistryFacet.STATUS, status);
        RegistryHits hits = registry.search(new RegistryQuery(q, filters, Optional.ofNullable(cursor), limit(limit)));
        RegistryPage page = page(hits);
        Response.ResponseBuilder ok = Response.ok(page).header("X-Total-Count", hits.total());
        hits.nextCursor().ifPresent(next -> ok.link(uri.getRequestUriBuilder().replaceQueryParam("cursor", next).build(), "next"));
        return ok.build();
    }

    private static void put(Map<RegistryFacet, String> filters, RegistryFacet facet, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(facet, value.strip());
        }
    }

    private static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return RegistryQuery.DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("registry.limit.range", RegistryQuery.MAX_LIMIT);
        }
    }

    static RegistryPage page(RegistryHits hits) {
        Map<String, List<FacetValue>> facets = new java.util.LinkedHashMap<>();
        hits.facets().forEach((facet, counts) -> facets.put(facet.parameter(),
                counts.stream().map(c -> new FacetValue(c.value(), c.count())).toList()));
        List<SupplierHit> suppliers = hits.hits().stream().map(h -> new SupplierHit(h.id(), h.nameEn(), h.nameZh(),
                h.country(), h.uscc(), "/suppliers/" + h.id(), h.certifications().stream().map(c -> new Certification(
                        c.certificateNumber(), c.schemeCode(), c.schemeName(), c.bodyId(), c.bodyName(), c.status().code()))
                        .toList(), h.highlights())).toList();
        return new RegistryPage(hits.total(), suppliers, facets, hits.nextCursor().orElse(null));
    }
}
