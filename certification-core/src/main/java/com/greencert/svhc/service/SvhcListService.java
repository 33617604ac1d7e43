package com.greencert.svhc.service;

import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.RowError;
import com.greencert.shared.domain.RowsRejectedException;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.svhc.domain.SvhcEntry;
import com.greencert.svhc.domain.SvhcListDiff;
import com.greencert.svhc.domain.SvhcListImported;
import com.greencert.svhc.domain.SvhcListVersion;
import com.greencert.svhc.domain.SvhcListVersionId;
import com.greencert.svhc.domain.SvhcListVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The SVHC candidate list in GreenCert: the platform operator previews and imports new versions (all or
 * nothing: a file with any bad row is refused) and everyone reads them; products are screened against the
 * version in force (the supplier's {@code ProductService}).
 */
@ApplicationScoped
@Transactional
public class SvhcListService {

    @Inject
    jakarta.enterprise.event.Event<SvhcListImported> imported;

    /** The label of the starter list shipped in {@code reference/svhc-starter.csv}. */
    public static final String STARTER_LABEL = "starter-2026-11";
    static final String STARTER_RESOURCE = "/reference/svhc-starter.csv";

    @Inject
    SvhcListVersions versions;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    /** Reads a file and tells what importing it would change; writes nothing. */
    public SvhcImportPreview preview(InputStream csv) {
        callers.requireAny(Role.PLATFORM_ADMIN);
        ParsedSvhcList parsed = EchaCandidateListCsv.parse(csv);
        Optional<SvhcListVersion> current = versions.current();
        SvhcListDiff diff = SvhcListDiff.between(current.map(SvhcListVersion::entries).orElse(List.of()),
                parsed.entries());
        return new SvhcImportPreview(parsed.rows(), parsed.entries().size(), parsed.errors(),
                current.map(SvhcListVersion::label).orElse(null), diff, parsed.importable());
    }

    /**
     * The file as a list version that is not stored, to see what importing it would change (platform admins);
     * refused like an import if any row is bad.
     */
    public SvhcListVersion candidate(InputStream csv) {
        Caller caller = callers.requireAny(Role.PLATFORM_ADMIN);
        ParsedSvhcList parsed = EchaCandidateListCsv.parse(csv);
        if (!parsed.errors().isEmpty()) {
            throw new RowsRejectedException("svhc.import.rejected", parsed.errors().stream()
                    .map(e -> new RowError(e.row(), e.messageKey(), e.arguments())).toList());
        }
        return new SvhcListVersion(SvhcListVersionId.newId(), "candidate", LocalDate.now(clock), clock.instant(),
                caller.username(), null, parsed.entries());
    }

    /** Imports a file as a new version, which becomes the current one; refused whole if any row is bad. */
    public SvhcListVersion importVersion(ImportSvhcList command, InputStream csv) {
        Caller caller = callers.requireAny(Role.PLATFORM_ADMIN);
        if (command.publishedOn() == null) {
            throw new InvalidInputException("field.required", "publishedOn");
        }
        if (command.publishedOn().isAfter(LocalDate.ofInstant(clock.instant(), clock.getZone()))) {
            throw new InvalidInputException("svhc.version.published.future", command.publishedOn());
        }
        ParsedSvhcList parsed = EchaCandidateListCsv.parse(csv);
        if (!parsed.errors().isEmpty()) {
            throw new RowsRejectedException("svhc.import.rejected", parsed.errors().stream()
                    .map(e -> new RowError(e.row(), e.messageKey(), e.arguments())).toList());
        }
        Optional<SvhcListVersion> before = versions.current();
        SvhcListVersion added = add(command, parsed.entries(), caller.username());
        imported.fire(new SvhcListImported(before, added)); // the suppliers and buyers it changes things for are told
        return added;
    }

    /**
     * Seeds the starter list shipped with GreenCert as version {@value #STARTER_LABEL} if no version exists
     * yet (for the demo and first start-up); needs no role, does nothing if there is a version. Its publication
     * date is that of its newest entry, so any ECHA list imported later becomes the current version.
     */
    public Optional<SvhcListVersion> seedStarterList() {
        if (versions.current().isPresent()) {
            return Optional.empty();
        }
        ParsedSvhcList parsed;
        try (InputStream in = SvhcListService.class.getResourceAsStream(STARTER_RESOURCE)) {
            parsed = EchaCandidateListCsv.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!parsed.importable()) {
            throw new IllegalStateException("the shipped starter list is broken: " + parsed.errors());
        }
        String by = callers.current().map(Caller::username).orElse("system");
        // dated by its newest entry, so that any real list imported later supersedes it
        LocalDate newestEntry = parsed.entries().stream().map(SvhcEntry::includedOn).max(LocalDate::compareTo).orElseThrow();
        return Optional.of(add(new ImportSvhcList(STARTER_LABEL, newestEntry, SvhcListVersion.STARTER_SOURCE),
                parsed.entries(), by));
    }

    /** The version in force, if any has been imported. */
    public Optional<SvhcListVersion> current() {
        callers.require();
        return versions.current();
    }

    /** One page of the versions, newest first (the first one of the first page is the one in force). */
    public Page<SvhcListVersion> versions(PageRequest page) {
        callers.require();
        return versions.page(page);
    }

    public SvhcListVersion get(SvhcListVersionId id) {
        callers.require();
        return versions.find(id).orElseThrow(() -> new NotFoundException("svhc list version", id));
    }

    private SvhcListVersion add(ImportSvhcList command, List<SvhcEntry> entries, String importedBy) {
        String label = command.label() == null ? "" : command.label().strip();
        if (versions.findByLabel(label).isPresent()) {
            throw new RuleViolationException("svhc.version.exists", label);
        }
        Optional<SvhcListVersion> current = versions.current();
        if (current.isPresent() && command.publishedOn() != null
                && command.publishedOn().isBefore(current.get().publishedOn())) {
            throw new RuleViolationException("svhc.version.older", command.publishedOn(), current.get().label(),
                    current.get().publishedOn());
        }
        SvhcListVersion version = new SvhcListVersion(SvhcListVersionId.newId(), label, command.publishedOn(),
                clock.instant(), importedBy, command.source(), entries);
        versions.add(version);
        return version;
    }
}
