package com.greencert.certification.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.QueryParam;
import jakarta.servlet.http.HttpServletRequest;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.api.Paged;
import com.greencert.certification.domain.ApplicationId;
import com.greencert.certification.domain.Complaint;
import com.greencert.certification.service.ComplaintView;
import com.greencert.shared.domain.TenantId;
import com.greencert.certification.domain.ComplaintId;
import com.greencert.certification.service.AppealService;
import com.greencert.shared.domain.InvalidInputException;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/** Complaints against certified suppliers: received, {@code investigate}d, {@code close}d as substantiated or not. */
@Path("complaints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintResource {

    public record ComplaintJson(String id, String certification, String supplier, String body, String complainantTenant,
            String subject, Instant receivedAt, String status, String investigator, String outcome) {
        static ComplaintJson of(ComplaintView view) {
            Complaint c = view.complaint();
            return new ComplaintJson(c.id().toString(), c.applicationId().toString(), c.supplier().value(),
                    c.body().value(), view.complainantTenant().map(TenantId::value).orElse(null), c.subject(),
                    c.receivedAt(), c.status().name(),
                    c.investigator().orElse(null), c.outcome().orElse(null));
        }
    }

    @Inject
    AppealService service;

    @GET
    @Operation(summary = "The complaints the caller's tenant is party to, the latest received first, a page at a time")
    public List<ComplaintJson> complaints(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @Context HttpServletRequest http) {
        return Paged.rows(service.complaints(PageRequest.parse(offset, limit)), ComplaintJson::of, http);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response complain(String body) {
        JsonObject j = CommandJson.object(body);
        String certification = CommandJson.text(j, "certification");
        if (certification == null) {
            throw new InvalidInputException("field.required", "certification");
        }
        ComplaintView c = service.complain(ApplicationId.parse(certification), CommandJson.text(j, "subject"));
        return Response.created(URI.create("/api/complaints/" + c.complaint().id())).entity(ComplaintJson.of(c)).build();
    }

    @POST
    @Path("{id}/investigate")
    public ComplaintJson investigate(@PathParam("id") String id) {
        return ComplaintJson.of(service.investigate(ComplaintId.parse(id)));
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    public ComplaintJson close(@PathParam("id") String id, String body) {
        JsonObject j = CommandJson.object(body);
        boolean substantiated = j.getBoolean("substantiated", false);
        return ComplaintJson.of(service.closeComplaint(ComplaintId.parse(id), substantiated, CommandJson.text(j, "outcome")));
    }
}
