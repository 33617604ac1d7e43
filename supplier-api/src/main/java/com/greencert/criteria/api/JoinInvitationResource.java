package com.greencert.criteria.api;

import com.greencert.criteria.domain.CriteriaSetId;
import com.greencert.criteria.domain.JoinInvitationId;
import com.greencert.criteria.service.JoinInvitationService;
import com.greencert.criteria.service.JoinInvitationSummary;
import com.greencert.shared.api.BoundedBody;
import com.greencert.shared.api.JsonBodies;
import com.greencert.shared.api.Paged;
import com.greencert.shared.api.Refusal;
import com.greencert.shared.domain.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Invitations by e-mail (ADR 0026): a buyer invites a supplier that is not on the portal yet; the address gets a link
 * that opens the portal to its company (see {@code /api/public/join/{token}}). A buyer sees only its own.
 */
@Path("/join-invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JoinInvitationResource {

    @Inject
    JoinInvitationService joins;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The buyer's invitations by e-mail, newest first")
    public List<JoinJson.Row> list(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @Context HttpServletRequest http) {
        return Paged.rows(joins.sent(PageRequest.parse(offset, limit)), s -> JoinJson.Row.of(s, Refusal.locale(headers)), http);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite by e-mail a supplier that is not on the portal yet, for a criteria set (buyers): the "
            + "address gets a link, valid 30 days and once; again after a withdrawal or expiry, with a new link")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = JoinJson.MailInvite.class)))
    @APIResponse(responseCode = "201", description = "The invitation (the link itself is only in the mail)",
            content = @Content(schema = @Schema(implementation = JoinJson.Row.class)))
    @APIResponse(responseCode = "400", description = "Bad JSON, an address that is not one, a field missing")
    @APIResponse(responseCode = "403", description = "The caller is not a buyer")
    @APIResponse(responseCode = "404", description = "No such set of the caller's tenant")
    @APIResponse(responseCode = "409", description = "The address has an open link for the set, or joined from one")
    @APIResponse(responseCode = "413", description = "A body over 4 KB")
    public Response invite(InputStream body, @Context HttpServletRequest http) throws IOException {
        var text = BoundedBody.read(body, http, InvitationResource.MAX_BYTES);
        if (text.isEmpty()) {
            return tooLarge();
        }
        JsonObject o = JsonBodies.object(text.get());
        JoinInvitationSummary sent = joins.invite(CriteriaSetId.parse(JsonBodies.requiredText(o, "criteriaSet")),
                JsonBodies.requiredText(o, "email"), JsonBodies.requiredText(o, "companyName"),
                JsonBodies.optionalText(o, "language"));
        return Response.created(URI.create("/api/join-invitations/" + sent.invitation().id()))
                .entity(JoinJson.Row.of(sent, Refusal.locale(headers))).build();
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(summary = "Withdraw an open link (buyers): it is refused from then on, with a page that says so")
    @APIResponse(responseCode = "200", description = "The invitation",
            content = @Content(schema = @Schema(implementation = JoinJson.Row.class)))
    @APIResponse(responseCode = "404", description = "No such invitation of the caller's tenant")
    @APIResponse(responseCode = "409", description = "The link was used, withdrawn or has expired")
    public JoinJson.Row withdraw(@PathParam("id") String id) {
        return JoinJson.Row.of(joins.withdraw(JoinInvitationId.parse(id)), Refusal.locale(headers));
    }


    private Response tooLarge() {
        return BoundedBody.tooLarge("invitation.body.too.large", Refusal.locale(headers), InvitationResource.MAX_BYTES / 1024);
    }
}
