package com.greencert.criteria.api;

import com.greencert.criteria.service.JoinRequest;
import com.greencert.criteria.service.JoiningService;
import com.greencert.shared.api.BoundedBody;
import com.greencert.shared.api.JsonBodies;
import com.greencert.shared.api.Refusal;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * An invitation link, followed before anyone is signed in (ADR 0026): what it offers, and opening the portal to the
 * invited company through it. The token in the path is the holder's only credential; an unknown, used, withdrawn or
 * expired link is refused with a problem that says which.
 */
@Path("/public/join/{token}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JoinLinkResource {

    @Inject
    JoiningService joining;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "What an invitation link offers: who invites which company for which criteria set, and "
            + "whether the link may still be followed")
    @APIResponse(responseCode = "200", description = "The offer",
            content = @Content(schema = @Schema(implementation = JoinJson.Offer.class)))
    @APIResponse(responseCode = "404", description = "No such link")
    public JoinJson.Offer offer(@PathParam("token") String token) {
        return JoinJson.Offer.of(joining.offer(token), Refusal.locale(headers));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put the invited company on GreenCert through the link: a supplier tenant and its first "
            + "administrator (a one-time password to change at first sign-in), with the buyer's request waiting; a "
            + "company that joined already from a link to the same address is not created again")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = JoinJson.Join.class)))
    @APIResponse(responseCode = "201", description = "The company is on the portal",
            content = @Content(schema = @Schema(implementation = JoinJson.Done.class)))
    @APIResponse(responseCode = "400", description = "Bad JSON, a user name or country that is not one")
    @APIResponse(responseCode = "404", description = "No such link")
    @APIResponse(responseCode = "409", description = "The link was used, withdrawn or has expired; the user name is taken")
    @APIResponse(responseCode = "413", description = "A body over 4 KB")
    public Response join(@PathParam("token") String token, InputStream body, @Context HttpServletRequest http)
            throws IOException {
        var text = BoundedBody.read(body, http, InvitationResource.MAX_BYTES);
        if (text.isEmpty()) {
            return tooLarge();
        }
        JsonObject o = JsonBodies.object(text.get());
        var joined = joining.join(token, new JoinRequest(JsonBodies.optionalText(o, "companyNameEn"),
                JsonBodies.optionalText(o, "companyNameZh"), JsonBodies.optionalText(o, "country"),
                JsonBodies.requiredText(o, "username"), JsonBodies.optionalText(o, "firstName"),
                JsonBodies.optionalText(o, "lastName")));
        return Response.status(Response.Status.CREATED).entity(JoinJson.Done.of(joined)).build();
    }


    private Response tooLarge() {
        return BoundedBody.tooLarge("invitation.body.too.large", Refusal.locale(headers), InvitationResource.MAX_BYTES / 1024);
    }
}
