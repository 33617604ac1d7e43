package com.greencert.credential.api;

import com.greencert.credential.service.SigningKeyService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A certification body's signing keys, for its administrator (public facts only: never key material). Anyone
 * else gets a 403 problem.
 */
@Path("/signing-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SigningKeyResource {

    /** Which key (its DID URL, as listed) and why it is marked compromised. */
    public record Compromise(String keyId, String reason) {
    }

    @Inject
    SigningKeyService keys;

    @GET
    @Operation(summary = "The body's signing keys: DID URL, algorithm, created, retired, compromised, current, credentials signed")
    @APIResponse(responseCode = "200", description = "The keys, the current one first")
    @APIResponse(responseCode = "403", description = "Not a tenant administrator of a certification body")
    public List<CredentialJson.SigningKey> signingKeys() {
        return keys.keys().stream().map(CredentialJson.SigningKey::of).toList();
    }

    @POST
    @Path("rotate")
    @Operation(summary = "Rotate: a new key signs new credentials from now on; credentials signed with older keys keep verifying")
    @APIResponse(responseCode = "200", description = "The new current key")
    @APIResponse(responseCode = "403", description = "Not a tenant administrator of a certification body")
    public CredentialJson.SigningKey rotateSigningKey() {
        return CredentialJson.SigningKey.of(keys.rotate());
    }

    @POST
    @Path("compromised")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark a key compromised (keyId: its DID URL; reason required): the credentials it signed then fail "
            + "verification with key-compromised")
    @APIResponse(responseCode = "200", description = "The key, marked")
    @APIResponse(responseCode = "400", description = "keyId or reason missing")
    @APIResponse(responseCode = "403", description = "Not a tenant administrator of a certification body")
    @APIResponse(responseCode = "404", description = "No such key of the caller's body")
    public CredentialJson.SigningKey markSigningKeyCompromised(Compromise compromise) {
        Compromise c = compromise == null ? new Compromise(null, null) : compromise;
        return CredentialJson.SigningKey.of(keys.markCompromised(c.keyId(), c.reason()));
    }
}
