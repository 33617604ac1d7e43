package com.greencert.certification.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.QueryParam;
import jakarta.servlet.http.HttpServletRequest;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.api.IfMatch;
import com.greencert.shared.api.Paged;
import com.greencert.certification.api.ApplicationJson.AppealJson;
import com.greencert.certification.api.ApplicationJson.Detail;
import com.greencert.certification.api.ApplicationJson.Summary;
import com.greencert.certification.domain.ApplicationId;
import com.greencert.certification.domain.SchemeId;
import com.greencert.certification.domain.WorkQueue;
import com.greencert.certification.service.AppealService;
import com.greencert.certification.service.ApplicationDetails;
import com.greencert.certification.service.ApplicationService;
import com.greencert.shared.domain.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Applications for certification. Each transition is a sub-resource ({@code POST /{id}/submit},
 * {@code /{id}/accept}, …); every answer lists the actions the caller may take next ({@code allowedActions})
 * and carries the version as ETag: send it back in {@code If-Match} and a concurrent change answers 409.
 * Another tenant's application is 404; an illegal transition is a 409 problem saying why.
 */
@Path("/applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    public record Start(String schemeId) {
    }

    public record Grounds(String grounds) {
    }

    @Inject
    ApplicationService applications;

    @Inject
    AppealService appeals;

    @GET
    @Operation(summary = "The caller's applications (a supplier's own, or those made to a certification body), the most "
            + "recently changed first, a page at a time")
    public List<Summary> list(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @Context HttpServletRequest http) {
        return Paged.rows(applications.list(PageRequest.parse(offset, limit)), Summary::of, http);
    }

    @GET
    @Path("queues")
    @Operation(summary = "A certification body's work queues: the same page (limit, offset) of each queue, longest waiting "
            + "first; GET /applications/queues/{queue} pages one queue and tells its total")
    public Map<String, List<Summary>> queues(@QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Map<String, List<Summary>> out = new LinkedHashMap<>();
        applications.queues(PageRequest.parse(offset, limit))
                .forEach((q, page) -> out.put(q.name(), page.items().stream().map(Summary::of).toList()));
        return out;
    }

    @GET
    @Path("queues/{queue}")
    @Operation(summary = "One of a certification body's work queues (TO_REVIEW, TO_EVALUATE, FINDINGS_OVERDUE, "
            + "INDEPENDENT_REVIEW, DECISIONS_PENDING, SURVEILLANCE_DUE), longest waiting first, a page at a time")
    public List<Summary> queue(@PathParam("queue") String queue, @QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @Context HttpServletRequest http) {
        WorkQueue which = WorkQueue.parse(queue);
        return Paged.rows(applications.queue(which, PageRequest.parse(offset, limit)), Summary::of, http);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A supplier starts a draft application for a scheme version")
    public Response start(Start start) {
        if (start == null || start.schemeId() == null) {
            throw new InvalidInputException("field.required", "schemeId");
        }
        ApplicationDetails d = applications.start(SchemeId.parse(start.schemeId()));
        return created(d);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return ok(applications.get(ApplicationId.parse(id)));
    }

    @POST
    @Path("{id}/renew")
    @Operation(summary = "Start the next certification cycle from a certified or expired application")
    public Response renew(@PathParam("id") String id) {
        return created(applications.renew(ApplicationId.parse(id)));
    }

    @POST
    @Path("{id}/appeals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The supplier appeals the decision on an application")
    public Response appeal(@PathParam("id") String id, Grounds grounds) {
        var appeal = appeals.lodge(ApplicationId.parse(id), grounds == null ? null : grounds.grounds());
        return Response.created(URI.create("/api/appeals/" + appeal.id())).entity(AppealJson.of(appeal)).build();
    }

    @POST
    @Path("{id}/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take one action on an application (see allowedActions); If-Match: the version you saw")
    public Response act(@PathParam("id") String id, @PathParam("action") String action,
            @HeaderParam("If-Match") String ifMatch, String body) {
        var json = CommandJson.object(body);
        Long expected = IfMatch.version(ifMatch, "application.if.match.invalid");
        if (expected == null && json.containsKey("version") && json.get("version") instanceof jakarta.json.JsonNumber n) {
            expected = n.longValue();
        }
        return ok(applications.act(ApplicationId.parse(id), expected, CommandJson.parse(action, json)));
    }

    private static Response ok(ApplicationDetails d) {
        return Response.ok(Detail.of(d)).tag(new EntityTag(Long.toString(d.application().version()))).build();
    }

    private static Response created(ApplicationDetails d) {
        return Response.created(URI.create("/api/applications/" + d.application().id())).entity(Detail.of(d))
                .tag(new EntityTag(Long.toString(d.application().version()))).build();
    }
}
