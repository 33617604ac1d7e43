package com.greencert.certification.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.QueryParam;
import jakarta.servlet.http.HttpServletRequest;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.api.Paged;
import com.greencert.certification.api.ApplicationJson.AppealJson;
import com.greencert.certification.domain.AppealId;
import com.greencert.certification.service.AppealService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Appeals against certification decisions: lodged on the application ({@code POST /applications/{id}/appeals}),
 * then {@code take-up}, {@code uphold} or {@code dismiss} by an uninvolved decision-maker.
 */
@Path("appeals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AppealResource {

    @Inject
    AppealService service;

    @GET
    @Operation(summary = "The appeals the caller's tenant is party to, the latest lodged first, a page at a time")
    public List<AppealJson> appeals(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @Context HttpServletRequest http) {
        return Paged.rows(service.appeals(PageRequest.parse(offset, limit)), AppealJson::of, http);
    }

    @POST
    @Path("{id}/take-up")
    public AppealJson takeUp(@PathParam("id") String id) {
        return AppealJson.of(service.takeUp(AppealId.parse(id)));
    }

    @POST
    @Path("{id}/{outcome: uphold|dismiss}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AppealJson close(@PathParam("id") String id, @PathParam("outcome") String outcome, String body) {
        JsonObject j = CommandJson.object(body);
        return AppealJson.of(service.close(AppealId.parse(id), outcome.equals("uphold"), CommandJson.text(j, "outcome")));
    }
}
