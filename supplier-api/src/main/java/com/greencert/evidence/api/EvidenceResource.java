package com.greencert.evidence.api;

import jakarta.servlet.http.HttpServletRequest;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.api.DownloadName;
import com.greencert.shared.api.Paged;
import com.greencert.evidence.domain.EvidenceContent;
import com.greencert.evidence.domain.EvidenceGrant;
import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.domain.EvidenceRecord;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.evidence.domain.ExpiryStatus;
import com.greencert.evidence.domain.Retirement;
import com.greencert.evidence.service.EvidenceDownload;
import com.greencert.evidence.service.EvidenceEntry;
import com.greencert.evidence.service.EvidenceFile;
import com.greencert.evidence.service.EvidenceMetadata;
import com.greencert.evidence.service.EvidenceService;
import com.greencert.evidence.service.StagedFile;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Providers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Encoding;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A supplier's evidence vault. Uploads are {@code multipart/form-data} with a {@code metadata} part (JSON)
 * and a {@code file} part, read as they arrive ({@link MultipartForm}: no spool, no copy in memory) and
 * streamed to the blob store. Another tenant's evidence answers 404 unless its
 * owner granted the caller's tenant access.
 */
@Path("/evidence")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {

    private static final Jsonb JSON = JsonbBuilder.create();
    /** Room for the multipart framing and the metadata part, on top of the largest file. */
    static final long OVERHEAD = 1024 * 1024;
    private static final int MAX_METADATA_BYTES = 64 * 1024;
    /** How much of a refused upload's unread body is read and dropped to keep the connection (as Tomcat's maxSwallowSize). */
    static final long SWALLOW = 2L * 1024 * 1024;

    @Inject
    EvidenceService evidence;

    @Context
    Providers providers;

    public record EvidenceView(String id, String owner, String type, String title, String issuer, String issuedOn,
            String expiresOn, String expiryStatus, String language, List<String> productIds, List<String> facilityIds,
            String fileName, String mediaType, long size, String sha256, int versionNo, String supersedes,
            String supersededBy, String uploadedBy, String uploadedAt,
            @Schema(description = "Set once the owner retired the piece (every version): it no longer counts for "
                    + "coverage, expiry or reminders and takes no new version, share or application", nullable = true)
            RetiredView retired) {
        static EvidenceView of(EvidenceEntry entry) {
            EvidenceRecord e = entry.evidence();
            EvidenceContent c = e.content();
            return new EvidenceView(e.id().toString(), entry.owner().value(), e.type().name(), e.title(), e.issuer(),
                    e.issuedOn().toString(), e.expiresOn().map(LocalDate::toString).orElse(null),
                    entry.expiryStatus().name(), e.language(), e.productIds(), e.facilityIds(), c.originalFileName(),
                    c.mediaType(), c.size(), c.sha256(), e.versionNo(),
                    e.supersedes().map(EvidenceId::toString).orElse(null),
                    entry.supersededBy().map(EvidenceId::toString).orElse(null), e.uploadedBy(),
                    e.uploadedAt().toString(), e.retirement().map(RetiredView::of).orElse(null));
        }
    }

    /** When, by whom and why a piece was retired. */
    public record RetiredView(String retiredAt, String retiredBy, String reason) {
        static RetiredView of(Retirement r) {
            return new RetiredView(r.at().toString(), r.by(), r.reason());
        }
    }

    /** Retiring a piece: why (required, at most {@value Retirement#MAX_REASON} characters). */
    public record RetireRequest(@Schema(required = true, maxLength = Retirement.MAX_REASON) String reason) {
    }

    /** {@code application}: the application the grant serves (null when shared directly); {@code keptAsRecord}: the body relied on it. */
    public record GrantView(String evidenceId, String grantee, boolean active, String grantedBy, String grantedAt,
            String revokedBy, String revokedAt, String application, boolean keptAsRecord) {
        static GrantView of(EvidenceGrant g) {
            return new GrantView(g.evidenceId().toString(), g.grantee().value(), g.active(), g.grantedBy(),
                    g.grantedAt().toString(), g.revokedBy().orElse(null),
                    g.revokedAt().map(Object::toString).orElse(null), g.application().orElse(null), g.keptAsRecord());
        }
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a piece of evidence (multipart: metadata JSON + file)",
            description = UPLOAD_DESCRIPTION)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = UploadForm.class),
            encoding = {@Encoding(name = "metadata", contentType = MediaType.APPLICATION_JSON),
                @Encoding(name = "file", contentType = "application/pdf, image/png, image/jpeg, text/plain, text/csv, "
                        + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, "
                        + "application/vnd.openxmlformats-officedocument.wordprocessingml.document")}))
    @APIResponse(responseCode = "201", description = "Stored")
    @APIResponse(responseCode = "200", description = "A replay: the Idempotency-Key was used before; the first upload's record")
    @APIResponse(responseCode = "409", description = "An upload with the same Idempotency-Key is still in progress: retry later")
    @APIResponse(responseCode = "413", description = "The file (or the declared body) is larger than the limit")
    @APIResponse(responseCode = "415", description = "Bytes that match no known signature, a type not accepted, or bytes that contradict the claimed type or extension")
    @APIResponse(responseCode = "422", description = "Empty, text that is not UTF-8, or an Office document that expands too far or nests archives too deep")
    public Response upload(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam("Idempotency-Key") String idempotencyKey, InputStream body, @Context UriInfo uri)
            throws IOException {
        return answer(null, contentType, body, idempotencyKey, uri);
    }

    @POST
    @Path("/{id}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a new version that supersedes this (latest) version", description = UPLOAD_DESCRIPTION)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = UploadForm.class)))
    public Response newVersion(@PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam("Idempotency-Key") String idempotencyKey, InputStream body, @Context UriInfo uri)
            throws IOException {
        return answer(EvidenceId.parse(id), contentType, body, idempotencyKey, uri);
    }

    static final String UPLOAD_DESCRIPTION = "multipart/form-data with a `metadata` part (JSON) and a `file` part, best in "
            + "that order: the file then streams straight into the store (hashed and inspected on the way); a file sent "
            + "first is held until its metadata arrives. The file name may be UTF-8 in the part header (RFC 7578) or "
            + "`filename*=UTF-8''...` (RFC 8187); it is kept and offered back on download. The type is decided by the "
            + "bytes (PDF, PNG, JPEG, UTF-8 text, CSV, XLSX, DOCX) and must agree with the claimed type and extension. "
            + "An `Idempotency-Key` header makes retries safe: one upload per key stores, a repeat answers 200 with the "
            + "first record (`Idempotent-Replayed: true`), a repeat while the first is still arriving answers 409. "
            + "A body declared larger than the limit is refused (413) before it is sent, also with `Expect: 100-continue`.";

    /** The shape of the multipart upload, for the OpenAPI document. */
    @Schema(name = "EvidenceUpload")
    public static class UploadForm {
        @Schema(required = true, implementation = EvidenceMetadata.class)
        public EvidenceMetadata metadata;
        @Schema(required = true, type = SchemaType.STRING, format = "binary")
        public String file;
    }

    @GET
    @Operation(summary = "The caller's evidence (newest first), then evidence shared with the caller's tenant (newest "
            + "first), a page at a time; retired pieces only with includeRetired=true")
    public List<EvidenceView> list(@QueryParam("type") String type, @QueryParam("expiryStatus") String status,
            @Parameter(description = "true to list retired pieces too (default false)")
            @QueryParam("includeRetired") String includeRetired,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @Context HttpServletRequest http) {
        PageRequest page = PageRequest.parse(offset, limit);
        return Paged.rows(evidence.list(type == null || type.isBlank() ? null : EvidenceType.parse(type),
                expiryStatus(status), flag("includeRetired", includeRetired), page), EvidenceView::of, http);
    }

    @GET
    @Path("/expiring")
    @Operation(summary = "Latest versions of current (not retired) pieces expiring within 90 days or already expired, "
            + "soonest first, a page at a time")
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
                .header("Content-Disposition", DownloadName.contentDisposition(c.originalFileName()))
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

    @POST
    @Path("/{id}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Retire a piece of evidence (its latest version, and with it every version)",
            description = "The piece stays stored and readable, its grants as they are (grantees keep reading what was "
                    + "shared, shown as retired); it no longer counts for coverage, expiry or reminders, is listed only "
                    + "with includeRetired=true, and takes no new version, share or application. Audit-logged.")
    @APIResponse(responseCode = "200", description = "Retired: the piece with its `retired` details")
    @APIResponse(responseCode = "400", description = "No reason, or one longer than 1,000 characters")
    @APIResponse(responseCode = "404", description = "No such piece in the caller's vault")
    @APIResponse(responseCode = "409", description = "Retired already (evidence.retired.already), a superseded version "
            + "(evidence.retire.not.latest), or carried by an application not decided yet (evidence.retire.in.use)")
    public EvidenceView retire(@PathParam("id") String id, RetireRequest request) {
        return EvidenceView.of(evidence.retire(EvidenceId.parse(id), request == null ? null : request.reason()));
    }

    private static Response created(Uploaded uploaded, UriInfo uri) {
        EvidenceView view = EvidenceView.of(uploaded.entry());
        var location = uri.getBaseUriBuilder().path("evidence").path(view.id()).build();
        return (uploaded.created() ? Response.created(location) : Response.ok().location(location)
                .header("Idempotent-Replayed", "true")).entity(view).build();
    }

    /**
     * The upload's answer. A refusal may come before the body is read (a key in use, a type refused after the
     * first 64 KiB): the rest of the body is then read and dropped, up to {@link #SWALLOW}, so that the
     * connection can serve the client's next request; past that the answer closes the connection, or the
     * unread bytes would be taken for the next request.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Response answer(EvidenceId previous, String contentType, InputStream body, String idempotencyKey,
            UriInfo uri) throws IOException {
        try {
            return created(receive(previous, contentType, body, idempotencyKey), uri);
        } catch (RuntimeException refused) {
            if (MultipartForm.skip(body, SWALLOW)) {
                throw refused;
            }
            ExceptionMapper mapper = providers.getExceptionMapper(refused.getClass());
            Response response = mapper == null ? Response.status(Response.Status.BAD_REQUEST).build() : mapper.toResponse(refused);
            return Response.fromResponse(response).header("Connection", "close").build();
        }
    }

    /**
     * Reads the form as it arrives: the metadata part, then the file part streamed straight into the service;
     * a file that comes first is staged (hashed, inspected) until the metadata follows.
     */
    private Uploaded receive(EvidenceId previous, String contentType, InputStream body, String idempotencyKey)
            throws IOException {
        MultipartForm form = MultipartForm.open(contentType, body, evidence.maxBytes(), evidence.maxBytes() + OVERHEAD);
        EvidenceMetadata metadata = null;
        StagedFile staged = null;
        try {
            for (MultipartForm.Part part = form.next(); part != null; part = form.next()) {
                if (part.name().equals("metadata") && metadata == null) {
                    metadata = metadata(part);
                } else if (part.name().equals("file") && staged == null) {
                    EvidenceFile file = new EvidenceFile(part.fileName().orElse(null), part.contentType(), part.content());
                    if (metadata != null) {
                        Uploaded uploaded = previous == null ? evidence.upload(metadata, file, idempotencyKey)
                                : evidence.newVersion(previous, metadata, file, idempotencyKey);
                        form.drain();
                        return uploaded;
                    }
                    staged = evidence.stage(file);
                }
            }
            if (metadata == null) {
                throw new InvalidInputException("field.required", "metadata");
            }
            if (staged == null) {
                throw new InvalidInputException("field.required", "file");
            }
            StagedFile file = staged;
            staged = null; // from here the service owns it
            return evidence.upload(previous, metadata, file, idempotencyKey);
        } finally {
            if (staged != null) {
                evidence.discard(staged);
            }
        }
    }

    /** The metadata part is JSON: a part that declares another type (e.g. text/plain) is refused with 415. */
    private static EvidenceMetadata metadata(MultipartForm.Part part) throws IOException {
        String type = part.contentType();
        if (type != null && !type.isBlank() && !isJson(type)) {
            throw new NotSupportedException("metadata part is " + type);
        }
        byte[] json = part.readAtMost(MAX_METADATA_BYTES);
        if (json == null) {
            throw new InvalidInputException("evidence.metadata.unreadable");
        }
        try {
            return JSON.fromJson(new String(json, StandardCharsets.UTF_8), EvidenceMetadata.class);
        } catch (JsonbException e) {
            throw new InvalidInputException("evidence.metadata.unreadable");
        }
    }

    private static boolean isJson(String contentType) {
        String base = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return base.equals("application/json") || base.endsWith("+json");
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException("field.type.boolean", name);
        };
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
}
