package com.greencert.svhc.api;

import jakarta.servlet.http.HttpServletRequest;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.api.Paged;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.RowError;
import com.greencert.svhc.domain.SvhcEntry;
import com.greencert.svhc.domain.SvhcListDiff;
import com.greencert.svhc.domain.SvhcListVersion;
import com.greencert.svhc.domain.SvhcListVersionId;
import com.greencert.svhc.service.ImportSvhcList;
import com.greencert.svhc.service.SvhcImportPreview;
import com.greencert.svhc.service.SvhcListService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The SVHC candidate list's versions. A platform administrator sends ECHA's CSV export (body
 * {@code text/csv}) to preview it (row errors and the difference to the current version; nothing written)
 * or to import it as a new version (all or nothing: bad rows are a 400 problem listing every one).
 */
@Path("/reference/svhc")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SvhcListResource {

    static final String CSV = "text/csv";

    @Inject
    SvhcListService lists;

    @Context
    HttpHeaders headers;

    public record EntryView(String substanceName, List<String> ecNumbers, List<String> casNumbers, LocalDate includedOn) {
        static EntryView of(SvhcEntry e) {
            return new EntryView(e.substanceName(), e.ecNumbers().stream().map(n -> n.value()).toList(),
                    e.casNumbers().stream().map(n -> n.value()).toList(), e.includedOn());
        }
    }

    public record ChangeView(EntryView before, EntryView after) {
        static ChangeView of(SvhcListDiff.Change c) {
            return new ChangeView(EntryView.of(c.before()), EntryView.of(c.after()));
        }
    }

    public record RowErrorView(int row, String code, String detail) {
        static RowErrorView of(RowError e, Locale locale) {
            return new RowErrorView(e.row(), e.messageKey(), e.describe(locale));
        }
    }

    public record PreviewView(int rows, int entries, boolean importable, String currentLabel, List<RowErrorView> errors,
            List<EntryView> added, List<EntryView> removed, List<ChangeView> changed, int unchanged) {
    }

    public record VersionView(String id, String label, LocalDate publishedOn, Instant importedAt, String importedBy,
            String source, int entryCount, boolean current) {
        static VersionView of(SvhcListVersion v, boolean current) {
            return new VersionView(v.id().toString(), v.label(), v.publishedOn(), v.importedAt(), v.importedBy(),
                    v.source().orElse(null), v.entryCount(), current);
        }
    }

    @GET
    @Path("/versions")
    @Operation(summary = "The imported versions of the SVHC candidate list, newest first, a page at a time; the one in "
            + "force is marked current")
    public List<VersionView> versions(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @Context HttpServletRequest http) {
        Optional<String> current = lists.current().map(v -> v.id().toString());
        return Paged.rows(lists.versions(PageRequest.parse(offset, limit)),
                v -> VersionView.of(v, current.filter(v.id().toString()::equals).isPresent()), http);
    }

    @GET
    @Path("/versions/{id}")
    @Operation(summary = "One version of the SVHC candidate list")
    public VersionView version(@PathParam("id") String id) {
        SvhcListVersion version = lists.get(SvhcListVersionId.parse(id));
        boolean current = lists.current().map(c -> c.id().equals(version.id())).orElse(false);
        return VersionView.of(version, current);
    }

    @POST
    @Path("/preview")
    @Consumes({CSV, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Check an ECHA candidate-list CSV export: row errors and the difference to the current version; writes nothing")
    public PreviewView preview(InputStream csv) {
        SvhcImportPreview p = lists.preview(csv);
        Locale locale = locale();
        SvhcListDiff d = p.diff();
        return new PreviewView(p.rows(), p.entries(), p.importable(), p.currentLabel(),
                p.errors().stream().map(e -> RowErrorView.of(new RowError(e.row(), e.messageKey(), e.arguments()), locale)).toList(),
                d.added().stream().map(EntryView::of).toList(), d.removed().stream().map(EntryView::of).toList(),
                d.changed().stream().map(ChangeView::of).toList(), d.unchanged());
    }

    @POST
    @Path("/versions")
    @Consumes({CSV, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import an ECHA candidate-list CSV export as the new current version (all or nothing)")
    public Response importVersion(@QueryParam("label") String label, @QueryParam("publishedOn") String publishedOn,
            @QueryParam("source") String source, InputStream csv, @Context UriInfo uri) {
        SvhcListVersion version = lists.importVersion(new ImportSvhcList(label, date(publishedOn), source), csv);
        return Response.created(uri.getAbsolutePathBuilder().path(version.id().toString()).build())
                .entity(VersionView.of(version, true)).build();
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date.invalid", text);
        }
    }

    private Locale locale() {
        return headers.getAcceptableLanguages().stream().findFirst().orElse(Locale.ENGLISH);
    }
}
