package com.greencert.credential.api;

import com.greencert.credential.domain.CredentialId;
import com.greencert.credential.service.CredentialDownload;
import com.greencert.credential.service.CredentialFormat;
import com.greencert.credential.service.CredentialService;
import com.greencert.shared.api.DownloadName;
import com.greencert.shared.domain.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A credential as a file, for the parties of its application: the compact JWS, the decoded JSON or the PDF certificate. */
@Path("/credentials")
@RequestScoped
public class CredentialResource {

    @Inject
    CredentialService credentials;

    @Context
    HttpHeaders headers;

    @GET
    @Path("{id}/download")
    @Produces({PublicResource.VC_JWT, "application/json", "application/pdf"})
    @Operation(summary = "Download a credential as a file named by its certificate number: format=jwt (application/vc+jwt, "
            + "the default), json (the decoded credential) or pdf (the bilingual certificate with its QR code, the "
            + "reader's language first)")
    @APIResponse(responseCode = "200", description = "The file, as an attachment", content = {
        @Content(mediaType = PublicResource.VC_JWT), @Content(mediaType = "application/json"),
        @Content(mediaType = "application/pdf")})
    @APIResponse(responseCode = "400", description = "An unknown format")
    @APIResponse(responseCode = "404", description = "No such credential for the caller")
    public Response downloadCredential(@PathParam("id") String id,
            @Parameter(description = "jwt (default), json or pdf") @QueryParam("format") String format) {
        CredentialDownload file = credentials.download(CredentialId.parse(id), format(format), Languages.of(headers));
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoStore(true);
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", DownloadName.contentDisposition(file.fileName()))
                .cacheControl(cache).build();
    }

    static CredentialFormat format(String text) {
        if (text == null || text.isBlank()) {
            return CredentialFormat.JWT;
        }
        return Arrays.stream(CredentialFormat.values()).filter(f -> f.extension().equalsIgnoreCase(text.strip()))
                .findFirst().orElseThrow(() -> new InvalidInputException("credential.format.unknown", text));
    }
}
