package com.greencert.criteria.api;

import com.greencert.criteria.domain.WatchAlert;
import com.greencert.criteria.service.WatchEntry;
import com.greencert.criteria.service.WatchService;
import com.greencert.shared.api.Paged;
import com.greencert.shared.api.Refusal;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.TenantId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A buyer's watch list (ADR 0025): the suppliers it watches, each with what it should know today (credentials
 * suspended, revoked, expired or expiring within 90 days; evidence it was shown expired or expiring; a product above
 * the SVHC threshold on the list in force). Buyers only (403 otherwise); the list is the caller's own.
 */
@Path("/watch-list")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WatchListResource {

    @Inject
    WatchService watch;

    @Context
    HttpHeaders headers;

    /** An alert: its kind, what it is about, the day, and the sentence in the reader's language. */
    @Schema(name = "WatchAlert")
    public record Alert(@Schema(enumeration = {"CREDENTIAL_SUSPENDED", "CREDENTIAL_REVOKED", "CREDENTIAL_EXPIRED",
            "CREDENTIAL_EXPIRING", "EVIDENCE_EXPIRED", "EVIDENCE_EXPIRING", "PRODUCT_SVHC_EXCEEDS"}) String kind,
            String subject, LocalDate on, String message) {
        static Alert of(WatchAlert a, Locale locale) {
            return new Alert(a.kind().name(), a.subject(), a.on(), a.message(locale));
        }
    }

    /** A watched supplier with its alerts. */
    @Schema(name = "WatchedSupplier")
    public record Watched(MatchJson.Party supplier, Instant since, String watchedBy, List<Alert> alerts) {
        static Watched of(WatchEntry e, Locale locale) {
            return new Watched(MatchJson.Party.of(e.supplier()), e.since(), e.watchedBy(),
                    e.alerts().stream().map(a -> Alert.of(a, locale)).toList());
        }
    }

    @GET
    @Operation(summary = "The watched suppliers (at most 500), those with alerts first, each with today's alerts")
    public List<Watched> list(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @Context HttpServletRequest http) {
        Locale locale = Refusal.locale(headers);
        return Paged.rows(watch.watched(PageRequest.parse(offset, limit)), e -> Watched.of(e, locale), http);
    }

    @PUT
    @Path("/{supplier}")
    @Operation(summary = "Watch a supplier (by its tenant id, as the registry shows it); watching it again changes nothing")
    @APIResponse(responseCode = "200", description = "The watched supplier with its alerts",
            content = @Content(schema = @Schema(implementation = Watched.class)))
    @APIResponse(responseCode = "404", description = "No such active supplier")
    public Watched add(@PathParam("supplier") String supplier) {
        return Watched.of(watch.watch(TenantId.of(supplier)), Refusal.locale(headers));
    }

    @DELETE
    @Path("/{supplier}")
    @Operation(summary = "Stop watching a supplier")
    @APIResponse(responseCode = "204", description = "No longer watched")
    @APIResponse(responseCode = "404", description = "The supplier is not on the caller's watch list")
    public Response remove(@PathParam("supplier") String supplier) {
        watch.unwatch(TenantId.of(supplier));
        return Response.noContent().build();
    }
}
