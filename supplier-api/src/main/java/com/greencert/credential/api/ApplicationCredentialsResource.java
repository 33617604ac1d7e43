package com.greencert.credential.api;

import com.greencert.certification.domain.ApplicationId;
import com.greencert.credential.service.CredentialService;
import com.greencert.shared.config.GreenCertConfig;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The credentials issued for an application, for its parties (the supplier, and the body it was submitted to). */
@Path("/applications/{id}/credentials")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationCredentialsResource {

    @Inject
    CredentialService credentials;

    @Inject
    GreenCertConfig config;

    @GET
    @Operation(summary = "Every credential issued for the application, newest first (older ones superseded), with its "
            + "certificate number and live state; download each at /api/credentials/{id}/download")
    @APIResponse(responseCode = "200", description = "The credentials (empty before the first grant)")
    @APIResponse(responseCode = "404", description = "No such application for the caller (another tenant's looks the same)")
    public List<CredentialJson.Credential> applicationCredentials(@PathParam("id") String id) {
        return credentials.ofApplication(ApplicationId.parse(id)).stream()
                .map(c -> CredentialJson.Credential.ofParty(c, config.publicUrl())).toList();
    }
}
