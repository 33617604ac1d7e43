package com.greencert.audit.api;

import jakarta.ws.rs.core.Context;
import jakarta.servlet.http.HttpServletRequest;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.api.Paged;
import com.greencert.audit.domain.ChainVerification;
import com.greencert.audit.service.AuditEntryView;
import com.greencert.audit.service.AuditTrail;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.domain.TenantId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A tenant's tamper-evident audit log. {@code ledger} is a tenant id and defaults to the caller's tenant;
 * only that tenant's administrators and the platform operator may ask (403 otherwise).
 */
@Path("/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditTrail audit;

    @Inject
    CallerContext callers;

    /** Every member is present; the broken-entry members are null while the chain is intact. */
    @JsonbNillable
    public record VerificationView(String ledger, boolean intact, long checked, Long brokenSeq, String brokenEntryId,
            String reason) {
        static VerificationView of(ChainVerification v) {
            return new VerificationView(v.ledger().value(), v.intact(), v.checked(), v.brokenSeq(), v.brokenEntryId(),
                    v.reason() == null ? null : v.reason().name());
        }
    }

    public record EntryView(String id, long seq, String occurredAt, String actorUserId, String actorUsername,
            String actorTenant, String action, String subjectType, String subjectId, String detail, String prevHash,
            String hash) {
        static EntryView of(AuditEntryView e) {
            return new EntryView(e.id(), e.seq(), e.occurredAt().toString(), e.actorUserId(), e.actorUsername(),
                    e.actorTenant(), e.action(), e.subjectType(), e.subjectId(), e.detail(), e.prevHash(), e.hash());
        }
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Check a ledger's hash chain; names the first altered, deleted or inserted entry")
    public VerificationView verify(@QueryParam("ledger") String ledger) {
        return VerificationView.of(audit.verify(ledger(ledger)));
    }

    @GET
    @Path("/entries")
    @Operation(summary = "A ledger's entries, newest first, a page at a time")
    public List<EntryView> entries(@QueryParam("ledger") String ledger, @QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @Context HttpServletRequest http) {
        PageRequest page = PageRequest.parse(offset, limit);
        return Paged.rows(audit.recent(ledger(ledger), page), EntryView::of, http);
    }

    private TenantId ledger(String ledger) {
        return ledger == null || ledger.isBlank() ? callers.require().tenantId() : TenantId.of(ledger.strip());
    }
}
