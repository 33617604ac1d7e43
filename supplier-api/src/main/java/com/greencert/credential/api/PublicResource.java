package com.greencert.credential.api;

import com.greencert.credential.domain.CredentialId;
import com.greencert.credential.service.CredentialVerification;
import com.greencert.credential.service.PublicVerifyLimit;
import com.greencert.credential.service.PublicCredentials;
import com.greencert.shared.api.BoundedBody;
import com.greencert.shared.config.GreenCertConfig;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.ratelimit.ClientAddresses;
import com.greencert.shared.domain.TenantId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;

/**
 * What anyone may ask without an account: verify a credential, fetch one issued here, read a supplier's public
 * page. Nothing here answers more than the public supplier page shows. The verification reads at most
 * {@value #MAX_BYTES} bytes (+1) of its body (more is a 413, the rest never read) and has its own rate limit
 * per client address ({@link PublicVerifyLimit}). A JSON envelope nested deeper than 32 levels is refused by the
 * API's JSON depth limit (400 {@code body.too.deep}) before the verification sees it; deep nesting inside a
 * compact JWS is the verification's to report ({@code too-deep}).
 */
@Path("/public")
@RequestScoped
public class PublicResource {

    static final int MAX_BYTES = 64 * 1024;
    static final String VC_JWT = "application/vc+jwt";

    @Inject
    CredentialVerification verification;

    @Inject
    PublicCredentials published;

    @Inject
    PublicVerifyLimit limit;

    @Inject
    ClientAddresses addresses;

    @Inject
    GreenCertConfig config;

    @Context
    HttpHeaders headers;

    @POST
    @Path("verify")
    @Consumes({VC_JWT, "application/jwt", MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirementsSet
    @Operation(summary = "Verify a credential, without login: every check with its own result, in the reader's language",
            description = "The body is the compact JWS (application/vc+jwt, application/jwt or text/plain) or a JSON "
                    + "envelope {\"credential\":\"<jws>\"} (application/json), at most 64 KB. A credential that fails a "
                    + "check is still a 200: the report says valid=false and names the reason (malformed, too-deep, "
                    + "wrong-type, algorithm-not-allowed, unknown-context, unknown-issuer, unknown-key, bad-signature, "
                    + "key-compromised, key-not-valid-at-issuance, not-accredited, expired, not-yet-valid, revoked, "
                    + "suspended, superseded, registry-mismatch). Rate-limited per client address.")
    @RequestBody(required = true, content = {
        @Content(mediaType = VC_JWT, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Envelope.class))})
    @APIResponse(responseCode = "200", description = "The verification report (valid or not, with every check)")
    @APIResponse(responseCode = "400", description = "A JSON envelope nested deeper than 32 levels (application/problem+json)")
    @APIResponse(responseCode = "413", description = "A body over 64 KB (application/problem+json); the rest is not read")
    @APIResponse(responseCode = "415", description = "A body of another media type")
    @APIResponse(responseCode = "429", description = "Too many verifications from this client address: Retry-After says when to ask again")
    public Response verifyCredential(InputStream body, @Context HttpServletRequest http) throws IOException {
        limit.take(addresses.of(http));
        Locale locale = Languages.of(headers);
        if (http.getContentLengthLong() > MAX_BYTES) {
            return tooLarge(locale);
        }
        Optional<String> credential = BoundedBody.read(body, MAX_BYTES);
        if (credential.isEmpty()) {
            return tooLarge(locale);
        }
        return Response.ok(CredentialJson.Report.of(verification.verify(credential.get(), locale), config.publicUrl()))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).cacheControl(noStore()).build();
    }

    /** The JSON envelope of a credential to verify. */
    public record Envelope(String credential) {
    }

    @GET
    @Path("credentials/{id}")
    @Produces(VC_JWT)
    @SecurityRequirementsSet
    @Operation(summary = "A credential issued here, as compact JWS (credentials are public documents: holders show them to anyone)")
    @APIResponse(responseCode = "200", description = "The compact JWS", content = @Content(mediaType = VC_JWT))
    @APIResponse(responseCode = "404", description = "No credential with this id")
    public Response publicCredential(@PathParam("id") String id) {
        CredentialId credential = CredentialId.parse(id);
        String jws = published.credential(credential).orElseThrow(() -> new NotFoundException("credential", id));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600); // the signed document never changes; its live state is the status lists'
        return Response.ok(jws, VC_JWT).cacheControl(cache).build();
    }

    @GET
    @Path("suppliers/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirementsSet
    @Operation(summary = "A supplier's public page: only the profile sections it made public, and its credentials with their live state")
    @APIResponse(responseCode = "200", description = "The public page")
    @APIResponse(responseCode = "404", description = "No supplier with this id")
    public Response publicSupplierPage(@PathParam("id") String id) {
        var page = published.supplier(TenantId.of(id), Languages.of(headers))
                .orElseThrow(() -> new NotFoundException("supplier", id));
        return Response.ok(CredentialJson.Supplier.of(page, config.publicUrl()))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE).cacheControl(noStore()).build();
    }

    private Response tooLarge(Locale locale) {
        return BoundedBody.tooLarge("verify.too.large", locale, MAX_BYTES / 1024);
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return cache;
    }
}
