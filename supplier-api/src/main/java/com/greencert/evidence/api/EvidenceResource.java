package com.greencert.evidence.api;

import jakarta.servlet.http.HttpServletRequest;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.api.Paged;
import com.greencert.evidence.domain.EvidenceContent;
import com.greencert.evidence.domain.EvidenceGrant;
import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.domain.EvidenceRecord;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.evidence.domain.ExpiryStatus;
import com.greencert.evidence.service.EvidenceDownload;
import com.greencert.evidence.service.EvidenceEntry;
import com.greencert.evidence.service.EvidenceFile;
import com.greencert.evidence.service.EvidenceMetadata;
import com.greencert.evidence.service.EvidenceService;
import com.greencert.evidence.service.Uploaded;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.TenantId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A supplier's evidence vault. Uploads are {@code multipart/form-data} with a {@code metadata} part (JSON)
 * and a {@code file} part, streamed to the blob store. Another tenant's evidence answers 404 unless its
 * owner granted the caller's tenant access.
 */
@Path("/evidence")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    EvidenceService evidence;

    public record EvidenceView(String id, String owner, String type, String title, String issuer, String issuedOn,
            String expiresOn, String expiryStatus, String language, List<String> productIds, List<String> facilityIds,
            String fileName, String mediaType, long size, String sha256, int versionNo, String supersedes,
            String supersededBy, String uploadedBy, String uploadedAt) {
        static EvidenceView of(EvidenceEntry entry) {
            EvidenceRecord e = entry.evidence();
            EvidenceContent c = e.content();
            return new EvidenceView(e.id().toString(), entry.owner().value(), e.type().name(), e.title(), e.issuer(),
                    e.issuedOn().toString(), e.expiresOn().map(LocalDate::toString).orElse(null),
                    entry.expiryStatus().name(), e.language(), e.productIds(), e.facilityIds(), c.originalFileName(),
                    c.mediaType(), c.size(), c.sha256(), e.versionNo(),
                    e.supersedes().map(EvidenceId::toString).orElse(null),
                    entry.supersededBy().map(EvidenceId::toString).orElse(null), e.uploadedBy(),
                    e.uploadedAt().toString());
        }
    }

    public record GrantView(String evidenceId, String grantee, boolean active, String grantedBy, String grantedAt,
            String revokedBy, String revokedAt) {
        static GrantView of(EvidenceGrant g) {
            return new GrantView(g.evidenceId().toString(), g.grantee().value(), g.active(), g.grantedBy(),
                    g.grantedAt().toString(), g.revokedBy().orElse(null),
                    g.revokedAt().map(Object::toString).orElse(null));
        }
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a piece of evidence (multipart: metadata JSON + file)")
    public Response upload(@FormParam("metadata") EntityPart metadata, @FormParam("file") EntityPart file,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @Context UriInfo uri) {
        Uploaded uploaded = evidence.upload(metadata(metadata), file(file), idempotencyKey);
        return created(uploaded, uri);
    }

    @POST
    @Path("/{id}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a new version that supersedes this (latest) version")
    public Response newVersion(@PathParam("id") String id, @FormParam("metadata") EntityPart metadata,
            @FormParam("file") EntityPart file, @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context UriInfo uri) {
        Uploaded uploaded = evidence.newVersion(EvidenceId.parse(id), metadata(metadata), file(file), idempotencyKey);
        return created(uploaded, uri);
    }

    @GET
    @Operation(summary = "The caller's evidence (newest first), then evidence shared with the caller's tenant (newest "
            + "first), a page at a time")
    public List<EvidenceView> list(@QueryParam("type") String type, @QueryParam("expiryStatus") String status,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @Context HttpServletRequest http) {
        PageRequest page = PageRequest.parse(offset, limit);
        return Paged.rows(evidence.list(type == null || type.isBlank() ? null : EvidenceType.parse(type),
                expiryStatus(status), page), EvidenceView::of, http);
    }

    @GET
    @Path("/expiring")
    @Operation(summary = "Latest versions expiring within 90 days or already expired, soonest first, a page at a time")
    public List<EvidenceView> expiring(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @Context HttpServletRequest http) {
        return Paged.rows(evidence.expiring(PageRequest.parse(offset, limit)), EvidenceView::of, http);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One piece of evidence (metadata)")
    public EvidenceView get(@PathParam("id") String id) {
        return EvidenceView.of(evidence.get(EvidenceId.parse(id)));
    }

    @GET
    @Path("/{id}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The file, verified against its SHA-256")
    public Response content(@PathParam("id") String id) {
        EvidenceDownload download = evidence.download(EvidenceId.parse(id));
        EvidenceContent c = download.entry().evidence().content();
        StreamingOutput body = out -> {
            try (InputStream in = download.content()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, c.mediaType())
                .header("Content-Length", c.size())
                .header("Content-Disposition", contentDisposition(c.originalFileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header("Cache-Control", "private, no-store")
                .header("ETag", "\"" + c.sha256() + "\"")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(c.sha256())) + ":")
                .build();
    }

    @GET
    @Path("/{id}/grants")
    @Operation(summary = "Who this evidence is or was shared with, oldest grant first, a page at a time")
    public List<GrantView> grants(@PathParam("id") String id, @QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @Context HttpServletRequest http) {
        EvidenceId evidenceId = EvidenceId.parse(id);
        return Paged.rows(evidence.grants(evidenceId, PageRequest.parse(offset, limit)), GrantView::of, http);
    }

    @POST
    @Path("/{id}/grants/{tenantId}")
    @Operation(summary = "Share this evidence with a buyer or certification body")
    public GrantView grant(@PathParam("id") String id, @PathParam("tenantId") String tenant) {
        return GrantView.of(evidence.grantAccess(EvidenceId.parse(id), TenantId.of(tenant)));
    }

    @DELETE
    @Path("/{id}/grants/{tenantId}")
    @Operation(summary = "Stop sharing this evidence with a tenant")
    public GrantView revoke(@PathParam("id") String id, @PathParam("tenantId") String tenant) {
        return GrantView.of(evidence.revokeAccess(EvidenceId.parse(id), TenantId.of(tenant)));
    }

    private static Response created(Uploaded uploaded, UriInfo uri) {
        EvidenceView view = EvidenceView.of(uploaded.entry());
        var location = uri.getBaseUriBuilder().path("evidence").path(view.id()).build();
        return (uploaded.created() ? Response.created(location) : Response.ok().location(location)
                .header("Idempotent-Replayed", "true")).entity(view).build();
    }

    private static EvidenceMetadata metadata(EntityPart part) {
        if (part == null) {
            throw new InvalidInputException("field.required", "metadata");
        }
        try (InputStream in = part.getContent()) {
            return JSON.fromJson(in, EvidenceMetadata.class);
        } catch (JsonbException | IOException e) {
            throw new InvalidInputException("evidence.metadata.unreadable");
        }
    }

    private static EvidenceFile file(EntityPart part) {
        if (part == null) {
            throw new InvalidInputException("field.required", "file");
        }
        return new EvidenceFile(part.getFileName().orElse(null),
                part.getMediaType() == null ? null : part.getMediaType().toString(), part.getContent());
    }

    private static ExpiryStatus expiryStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ExpiryStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("evidence.expiry.status.unknown", status);
        }
    }

    /** An ASCII fallback name and the exact (already sanitized) name, RFC 6266 / RFC 8187. */
    static String contentDisposition(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._() -]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
