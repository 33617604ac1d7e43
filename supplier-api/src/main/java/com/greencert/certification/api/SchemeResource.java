package com.greencert.certification.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.ws.rs.core.Context;
import jakarta.servlet.http.HttpServletRequest;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.api.Paged;
import com.greencert.certification.domain.Accreditation;
import com.greencert.certification.domain.ConflictOfInterest;
import com.greencert.certification.domain.Criterion;
import com.greencert.certification.domain.Scheme;
import com.greencert.certification.domain.SchemeId;
import com.greencert.certification.service.ConflictEntry;
import com.greencert.certification.service.PartyName;
import com.greencert.certification.service.SchemeDraft;
import com.greencert.certification.service.SchemeService;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.TenantId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Certification schemes (read by everyone, written by a certification body's tenant admins), a body's
 * accreditation scope, and its staff's conflict-of-interest declarations.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SchemeResource {

    public record CriterionJson(String code, String titleEn, String titleZh, List<String> evidenceTypes,
            Integer maxAgeMonths, BigDecimal thresholdMax, String thresholdUnit) {
        static CriterionJson of(Criterion c) {
            return new CriterionJson(c.code(), c.titleEn(), c.titleZh().orElse(null),
                    c.evidenceTypes().stream().map(Enum::name).toList(), c.maxAgeMonths().orElse(null),
                    c.thresholdMax().orElse(null), c.thresholdUnit().orElse(null));
        }

        Criterion toCriterion() {
            Set<EvidenceType> types = evidenceTypes == null ? Set.of()
                    : evidenceTypes.stream().map(EvidenceType::parse).collect(Collectors.toSet());
            return new Criterion(code, titleEn, titleZh, types, maxAgeMonths, thresholdMax, thresholdUnit);
        }
    }

    /**
     * A scheme version. A client writes {@code code} (on creating), the names, the periods and the criteria; the
     * rest is read: {@code state} DRAFT (the body may still change it; no supplier sees or applies for it) or
     * PUBLISHED (frozen, with {@code publishedAt}), and {@code frozen}: an application has used it.
     */
    public record SchemeJson(String id, String body, String code, int version, String nameEn, String nameZh,
            int validityMonths, int surveillanceMonths, String state, Instant publishedAt, boolean frozen,
            List<CriterionJson> criteria) {
        static SchemeJson of(Scheme s) {
            return new SchemeJson(s.id().toString(), s.body().value(), s.code(), s.versionNo(), s.nameEn(),
                    s.nameZh().orElse(null), s.validityMonths(), s.surveillanceMonths(), s.state().name(),
                    s.publishedAt().orElse(null), s.frozen(), s.criteria().stream().map(CriterionJson::of).toList());
        }

        SchemeDraft toDraft() {
            if (criteria == null) {
                throw new InvalidInputException("scheme.criteria.required");
            }
            if (criteria.contains(null)) {
                throw new InvalidInputException("field.required", "criteria[" + criteria.indexOf(null) + "]");
            }
            return new SchemeDraft(code, nameEn, nameZh, validityMonths, surveillanceMonths,
                    criteria.stream().map(CriterionJson::toCriterion).toList());
        }
    }

    public record AccreditationJson(String body, String schemeCode, List<String> hsChapters, LocalDate validUntil) {
        static AccreditationJson of(Accreditation a) {
            return new AccreditationJson(a.body().value(), a.schemeCode(), a.chapters(), a.validUntil().orElse(null));
        }
    }

    /** A declaration: {@code supplier} (its tenant id) and {@code reason} are what a client sends; the rest is read. */
    public record ConflictJson(String id, String username, String supplier, PartyName supplierName, String reason,
            Instant declaredAt, Boolean active, Instant endedAt, String endedBy, String endReason) {
        static ConflictJson of(ConflictEntry e) {
            ConflictOfInterest c = e.conflict();
            return new ConflictJson(c.id(), c.username(), c.supplier().value(), e.supplierName(), c.reason(),
                    c.declaredAt(), c.active(), c.endedAt().orElse(null), c.endedBy().orElse(null),
                    c.endReason().orElse(null));
        }
    }

    /** Ending a declaration: why, optionally. */
    public record ConflictEndJson(String reason) {
    }

    @Inject
    SchemeService schemes;

    @GET
    @Path("schemes")
    @Operation(summary = "A certification body's own schemes (drafts too) for its staff, every body's published "
            + "versions for anyone else; by code and version, a page at a time")
    public List<SchemeJson> list(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @Context HttpServletRequest http) {
        return Paged.rows(schemes.list(PageRequest.parse(offset, limit)), SchemeJson::of, http);
    }

    /** A scheme a supplier may apply for, with the name of its body. */
    public record OfferedJson(SchemeJson scheme, PartyName bodyName) {
    }

    @GET
    @Path("schemes/offered")
    @Operation(summary = "For a supplier: the scheme versions it may apply for (published, and their bodies hold an "
            + "accreditation for them today), each with its body's name")
    public List<OfferedJson> offered(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @Context HttpServletRequest http) {
        return Paged.rows(schemes.offered(PageRequest.parse(offset, limit)),
                c -> new OfferedJson(SchemeJson.of(c.scheme()), c.bodyName()), http);
    }

    @GET
    @Path("schemes/{id}")
    @Operation(summary = "A scheme version: a published one for anyone, a draft only for its body's staff")
    public SchemeJson get(@PathParam("id") String id) {
        return SchemeJson.of(schemes.get(SchemeId.parse(id)));
    }

    @POST
    @Path("schemes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A certification body's administrator writes a new scheme: version 1, a draft until published")
    public Response create(SchemeJson json) {
        Scheme s = schemes.create(required(json).toDraft());
        return Response.created(URI.create("/api/schemes/" + s.id())).entity(SchemeJson.of(s)).build();
    }

    @PUT
    @Path("schemes/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes a draft version of the body's scheme; a published version is frozen (409): start a "
            + "new version instead")
    public SchemeJson revise(@PathParam("id") String id, SchemeJson json) {
        return SchemeJson.of(schemes.revise(SchemeId.parse(id), required(json).toDraft()));
    }

    @POST
    @Path("schemes/{id}/next-version")
    @Operation(summary = "Starts the next version of the body's scheme as a draft copied from its latest version; "
            + "refused (409) while the latest version is still a draft")
    public Response nextVersion(@PathParam("id") String id) {
        Scheme s = schemes.nextVersion(SchemeId.parse(id));
        return Response.created(URI.create("/api/schemes/" + s.id())).entity(SchemeJson.of(s)).build();
    }

    @POST
    @Path("schemes/{id}/publish")
    @Operation(summary = "Publishes a draft version of the body's scheme (its administrators; audit-logged): from now on "
            + "it is offered to suppliers where the body is accredited, and cannot change; refused (409) if it is "
            + "published already; another body's scheme is not found (404)")
    public SchemeJson publish(@PathParam("id") String id) {
        return SchemeJson.of(schemes.publish(SchemeId.parse(id)));
    }

    @GET
    @Path("accreditations")
    @Operation(summary = "A certification body's accreditation scope, by scheme code, a page at a time")
    public List<AccreditationJson> accreditations(@QueryParam("body") String body, @QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @Context HttpServletRequest http) {
        PageRequest page = PageRequest.parse(offset, limit);
        if (body == null) {
            throw new InvalidInputException("field.required", "body");
        }
        return Paged.rows(schemes.accreditations(TenantId.of(body), page), AccreditationJson::of, http);
    }

    @POST
    @Path("accreditations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response accredit(AccreditationJson json) {
        AccreditationJson j = required(json);
        return Response.status(201).entity(AccreditationJson.of(schemes.accredit(j.schemeCode(), j.hsChapters(),
                j.validUntil()))).build();
    }

    @GET
    @Path("conflicts")
    @Operation(summary = "The body's declared conflicts of interest (all for its administrators, one's own for everyone "
            + "else), oldest first, a page at a time")
    public List<ConflictJson> conflicts(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @Context HttpServletRequest http) {
        return Paged.rows(schemes.conflicts(PageRequest.parse(offset, limit)), ConflictJson::of, http);
    }

    @POST
    @Path("conflicts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response declare(ConflictJson json) {
        ConflictJson j = required(json);
        if (j.supplier() == null) {
            throw new InvalidInputException("field.required", "supplier");
        }
        ConflictEntry c = schemes.declareConflict(TenantId.of(j.supplier()), j.reason());
        return Response.created(URI.create("/api/conflicts/" + c.conflict().id())).entity(ConflictJson.of(c)).build();
    }

    @POST
    @Path("conflicts/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ends a declared conflict of interest (dated, kept in the list): the person who declared it, or "
            + "a tenant administrator of the body; refused if it has already ended")
    public ConflictJson end(@PathParam("id") String id, ConflictEndJson json) {
        return ConflictJson.of(schemes.endConflict(id, json == null ? null : json.reason()));
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException("application.body.unreadable");
        }
        return body;
    }
}
