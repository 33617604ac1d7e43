package com.greencert.certification.api;

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
    public List<AppealJson> appeals() {
        return service.appeals().stream().map(AppealJson::of).toList();
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
