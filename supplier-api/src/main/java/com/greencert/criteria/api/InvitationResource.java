package com.greencert.criteria.api;

import com.greencert.criteria.api.MatchJson.InvitationRow;
import com.greencert.criteria.api.MatchJson.Measured;
import com.greencert.criteria.api.MatchJson.Shared;
import com.greencert.criteria.domain.CriteriaSetId;
import com.greencert.criteria.domain.InvitationId;
import com.greencert.criteria.service.InvitationService;
import com.greencert.criteria.service.InvitationSummary;
import com.greencert.criteria.service.MatchingService;
import com.greencert.shared.api.BoundedBody;
import com.greencert.shared.api.JsonBodies;
import com.greencert.shared.api.Paged;
import com.greencert.shared.api.Refusal;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.TenantId;
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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Invitations (ADR 0024): a buyer invites a supplier for a criteria set, the supplier accepts or declines, and both
 * read the supplier's result against the set's current version, the supplier as its to-do list. A buyer sees only
 * the invitations it sent, a supplier only those it received; any other id is as unknown as none (404).
 */
@Path("/invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

    static final int MAX_BYTES = 4 * 1024;

    @Inject
    InvitationService invitations;

    @Inject
    MatchingService matching;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The invitations the caller's tenant sent (a buyer) or received (a supplier), newest first")
    public List<InvitationRow> list(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @Context HttpServletRequest http) {
        Locale locale = Refusal.locale(headers);
        return Paged.rows(invitations.mine(PageRequest.parse(offset, limit)), s -> InvitationRow.of(s, locale), http);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite a supplier for a criteria set (buyers): its current version is frozen and the "
            + "supplier is told by mail; inviting again after a refusal, withdrawal or expiry renews the invitation")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MatchJson.Invite.class)))
    @APIResponse(responseCode = "201", description = "The invitation",
            content = @Content(schema = @Schema(implementation = InvitationRow.class)))
    @APIResponse(responseCode = "400", description = "Bad JSON, or an id missing or malformed")
    @APIResponse(responseCode = "403", description = "The caller is not a buyer")
    @APIResponse(responseCode = "404", description = "No such set of the caller's tenant, or no such active supplier")
    @APIResponse(responseCode = "409", description = "The supplier already has a pending or accepted invitation for the set")
    @APIResponse(responseCode = "413", description = "A body over 4 KB")
    public Response invite(InputStream body, @Context HttpServletRequest http) throws IOException {
        var text = BoundedBody.read(body, http, MAX_BYTES);
        if (text.isEmpty()) {
            return tooLarge();
        }
        JsonObject o = JsonBodies.object(text.get());
        InvitationSummary sent = invitations.invite(CriteriaSetId.parse(JsonBodies.requiredText(o, "criteriaSet")),
                TenantId.of(JsonBodies.requiredText(o, "supplier")));
        return Response.created(URI.create("/api/invitations/" + sent.invitation().id()))
                .entity(InvitationRow.of(sent, Refusal.locale(headers))).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One invitation with the supplier's result against the set's current version: on what it "
            + "shares once it accepted, on its public registry data while pending, none once closed")
    @APIResponse(responseCode = "200", description = "The invitation and result",
            content = @Content(schema = @Schema(implementation = Measured.class)))
    @APIResponse(responseCode = "404", description = "No such invitation sent or received by the caller's tenant")
    public Measured get(@PathParam("id") String id) {
        return Measured.of(matching.result(InvitationId.parse(id)), Refusal.locale(headers));
    }

    @POST
    @Path("/{id}/accept")
    @Operation(summary = "Accept an invitation (suppliers): the buyer is shown the company profile for matching")
    @APIResponse(responseCode = "200", description = "The invitation",
            content = @Content(schema = @Schema(implementation = InvitationRow.class)))
    @APIResponse(responseCode = "404", description = "No such invitation received by the caller's tenant")
    @APIResponse(responseCode = "409", description = "Not pending: already answered, withdrawn or expired")
    public InvitationRow accept(@PathParam("id") String id) {
        return InvitationRow.of(invitations.accept(InvitationId.parse(id)), Refusal.locale(headers));
    }

    @POST
    @Path("/{id}/decline")
    @Operation(summary = "Decline an invitation (suppliers)")
    @APIResponse(responseCode = "200", description = "The invitation",
            content = @Content(schema = @Schema(implementation = InvitationRow.class)))
    @APIResponse(responseCode = "404", description = "No such invitation received by the caller's tenant")
    @APIResponse(responseCode = "409", description = "Not pending: already answered, withdrawn or expired")
    public InvitationRow decline(@PathParam("id") String id) {
        return InvitationRow.of(invitations.decline(InvitationId.parse(id)), Refusal.locale(headers));
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(summary = "Withdraw a pending or accepted invitation (buyers)")
    @APIResponse(responseCode = "200", description = "The invitation",
            content = @Content(schema = @Schema(implementation = InvitationRow.class)))
    @APIResponse(responseCode = "404", description = "No such invitation sent by the caller's tenant")
    @APIResponse(responseCode = "409", description = "Already declined, withdrawn or expired")
    public InvitationRow withdraw(@PathParam("id") String id) {
        return InvitationRow.of(invitations.withdraw(InvitationId.parse(id)), Refusal.locale(headers));
    }

    @POST
    @Path("/{id}/share-needed")
    @Operation(summary = "Share with the buyer, in one action, the latest unexpired evidence of every type the "
            + "criteria ask for (suppliers; the invitation accepted). Each share can be revoked on the evidence")
    @APIResponse(responseCode = "200", description = "The pieces shared now (none if all were shared before)",
            content = @Content(schema = @Schema(implementation = Shared.class)))
    @APIResponse(responseCode = "404", description = "No such invitation received by the caller's tenant")
    @APIResponse(responseCode = "409", description = "The invitation is not accepted")
    public Shared shareNeeded(@PathParam("id") String id) {
        return new Shared(matching.shareNeeded(InvitationId.parse(id)).stream().map(Object::toString).toList());
    }


    private Response tooLarge() {
        return BoundedBody.tooLarge("invitation.body.too.large", Refusal.locale(headers), MAX_BYTES / 1024);
    }
}
