package com.greencert.criteria.api;

import com.greencert.criteria.api.CriteriaSetJson.Detail;
import com.greencert.criteria.api.CriteriaSetJson.Draft;
import com.greencert.criteria.api.CriteriaSetJson.Row;
import com.greencert.criteria.api.CriteriaSetJson.Version;
import com.greencert.criteria.api.CriteriaSetJson.Written;
import com.greencert.criteria.domain.CriteriaSet;
import com.greencert.criteria.domain.CriteriaSetId;
import com.greencert.criteria.service.ComparisonXlsx;
import com.greencert.criteria.service.CriteriaSetService;
import com.greencert.criteria.service.MatchingService;
import com.greencert.shared.api.BoundedBody;
import com.greencert.shared.api.IfMatch;
import com.greencert.shared.api.Paged;
import com.greencert.shared.api.Refusal;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.domain.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A buyer's criteria sets (ADR 0023), for its staff with the buyer role; anyone else is refused (403), another
 * tenant's set is as unknown as none (404). A set answers with its lock version as ETag: send it back in
 * {@code If-Match} and a concurrent change answers 409. A body is read up to {@value #MAX_BYTES} bytes (more is a
 * 413, the rest never read); a malformed criterion is a 400 problem naming it by position and kind.
 */
@Path("/criteria-sets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CriteriaSetResource {

    /** Fifty criteria with long lists of products fit easily. */
    static final int MAX_BYTES = 256 * 1024;

    @Inject
    CriteriaSetService sets;

    @Inject
    MatchingService matching;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The buyer's criteria sets by name, a page at a time (without their criteria)")
    public List<Row> list(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @Context HttpServletRequest http) {
        return Paged.rows(sets.list(PageRequest.parse(offset, limit)), Row::of, http);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a criteria set: its version 1, a draft, holds the criteria")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Written.class)))
    @APIResponse(responseCode = "201", description = "The set, with its ETag",
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "400", description = "Bad JSON, or a criterion that is malformed, unknown, in the "
            + "wrong unit, a duplicate, contradicting another, or one too many: the problem names it")
    @APIResponse(responseCode = "403", description = "The caller is not a buyer")
    @APIResponse(responseCode = "413", description = "A body over 256 KB; the rest is not read")
    public Response create(InputStream body, @Context HttpServletRequest http) throws IOException {
        Optional<Draft> draft = draft(body, http);
        if (draft.isEmpty()) {
            return tooLarge();
        }
        CriteriaSet set = sets.create(draft.get().name(), draft.get().criteria());
        return Response.created(URI.create("/api/criteria-sets/" + set.id())).entity(Detail.of(set)).tag(tag(set)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One criteria set: its current version's criteria and every version it kept")
    @APIResponse(responseCode = "200", description = "The set, with its ETag",
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "404", description = "No such set of the caller's tenant")
    public Response get(@PathParam("id") String id) {
        CriteriaSet set = sets.get(CriteriaSetId.parse(id));
        return Response.ok(Detail.of(set)).tag(tag(set)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a criteria set and set its criteria: an unused draft is replaced, a used version is "
            + "kept and the next one made; the same criteria make no version. If-Match: the ETag you saw")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Written.class)))
    @APIResponse(responseCode = "200", description = "The set, with its new ETag",
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "400", description = "As for creating; or an If-Match that is not a version")
    @APIResponse(responseCode = "404", description = "No such set of the caller's tenant")
    @APIResponse(responseCode = "409", description = "The set changed since the If-Match version")
    @APIResponse(responseCode = "413", description = "A body over 256 KB; the rest is not read")
    public Response revise(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, InputStream body,
            @Context HttpServletRequest http) throws IOException {
        CriteriaSetId setId = CriteriaSetId.parse(id);
        Long expected = IfMatch.version(ifMatch, "if.match.invalid");
        Optional<Draft> draft = draft(body, http);
        if (draft.isEmpty()) {
            return tooLarge();
        }
        CriteriaSet set = sets.revise(setId, expected, draft.get().name(), draft.get().criteria());
        return Response.ok(Detail.of(set)).tag(tag(set)).build();
    }

    @GET
    @Path("/{id}/versions/{number}")
    @Operation(summary = "One version a criteria set kept, with its criteria as they were written")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(schema = @Schema(implementation = Version.class)))
    @APIResponse(responseCode = "404", description = "No such set of the caller's tenant, or no such version")
    public Version version(@PathParam("id") String id, @PathParam("number") String number) {
        CriteriaSetId setId = CriteriaSetId.parse(id);
        return Version.of(setId.toString(), sets.version(setId, versionNumber(number)));
    }

    @GET
    @Path("/{id}/comparison")
    @Operation(summary = "Every supplier invited for the set measured against its current version, best first "
            + "(pass, unknown, fail; then score): per criterion the outcome, the reason and what it rests on")
    @APIResponse(responseCode = "200", description = "The comparison",
            content = @Content(schema = @Schema(implementation = MatchJson.ComparisonRow.class)))
    @APIResponse(responseCode = "404", description = "No such set of the caller's tenant")
    public MatchJson.ComparisonRow comparison(@PathParam("id") String id) {
        return MatchJson.ComparisonRow.of(matching.compare(CriteriaSetId.parse(id)), Refusal.locale(headers));
    }

    @GET
    @Path("/{id}/comparison.csv")
    @Produces("text/csv")
    @Operation(summary = "The comparison as CSV (UTF-8 with BOM, RFC 4180) for a spreadsheet: one row per invited "
            + "supplier, best first; per criterion its outcome and reason in the language of Accept-Language")
    @APIResponse(responseCode = "200", description = "The CSV file", content = @Content(mediaType = "text/csv"))
    @APIResponse(responseCode = "404", description = "No such set of the caller's tenant")
    public Response comparisonCsv(@PathParam("id") String id) {
        String csv = matching.compareAsCsv(CriteriaSetId.parse(id), Refusal.locale(headers));
        return Response.ok(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"comparison-" + id.strip() + ".csv\"").build();
    }

    @POST
    @Path("/{id}/impact")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "What a revision would change before it is saved: send the body you would PUT; every invited "
            + "supplier is measured against the current version and the proposed criteria, those whose overall "
            + "outcome or score changes first. Nothing is saved")
    @APIResponse(responseCode = "200", description = "The impact",
            content = @Content(schema = @Schema(implementation = MatchJson.ImpactRow.class)))
    @APIResponse(responseCode = "400", description = "Bad JSON, or criteria a revision would refuse (named)")
    @APIResponse(responseCode = "404", description = "No such set of the caller's tenant")
    @APIResponse(responseCode = "413", description = "A body over the limit")
    public Response impact(@PathParam("id") String id, InputStream body, @Context HttpServletRequest http)
            throws IOException {
        CriteriaSetId setId = CriteriaSetId.parse(id);
        Optional<Draft> draft = draft(body, http);
        if (draft.isEmpty()) {
            return tooLarge();
        }
        return Response.ok(MatchJson.ImpactRow.of(matching.revisionImpact(setId, draft.get().criteria()),
                Refusal.locale(headers))).build();
    }

    @GET
    @Path("/{id}/comparison.xlsx")
    @Produces(ComparisonXlsx.MEDIA_TYPE)
    @Operation(summary = "The comparison as an Excel workbook: the same table as the CSV, the score as a number, a "
            + "frozen and filtered header row")
    @APIResponse(responseCode = "200", description = "The XLSX file", content = @Content(mediaType = ComparisonXlsx.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No such set of the caller's tenant")
    public Response comparisonXlsx(@PathParam("id") String id) {
        byte[] xlsx = matching.compareAsXlsx(CriteriaSetId.parse(id), Refusal.locale(headers));
        return Response.ok(xlsx, ComparisonXlsx.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"comparison-" + id.strip() + ".xlsx\"").build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a criteria set none of whose versions was used. If-Match: the ETag you saw")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such set of the caller's tenant")
    @APIResponse(responseCode = "409", description = "A version was used (an invitation or a match refers to it), or "
            + "the set changed since the If-Match version")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        sets.delete(CriteriaSetId.parse(id), IfMatch.version(ifMatch, "if.match.invalid"));
        return Response.noContent().build();
    }

    /** The body's set, or empty when the body is over the limit (declared or read). */
    private static Optional<Draft> draft(InputStream body, HttpServletRequest http) throws IOException {
        if (http.getContentLengthLong() > MAX_BYTES) {
            return Optional.empty();
        }
        return BoundedBody.read(body, MAX_BYTES).map(Written::read);
    }

    private static int versionNumber(String number) {
        try {
            return Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException("criteria set version", number);
        }
    }

    private Response tooLarge() {
        return BoundedBody.tooLarge("criteria.body.too.large", Refusal.locale(headers), MAX_BYTES / 1024);
    }

    private static EntityTag tag(CriteriaSet set) {
        return new EntityTag(Long.toString(set.lockVersion()));
    }
}
