package com.greencert.evidence.ui;

import com.greencert.evidence.domain.EvidenceContent;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.evidence.domain.ExpiryStatus;
import com.greencert.evidence.service.EvidenceEntry;
import com.greencert.evidence.service.EvidenceFile;
import com.greencert.evidence.service.EvidenceMetadata;
import com.greencert.evidence.service.EvidenceService;
import com.greencert.evidence.service.ExpirySummary;
import com.greencert.shared.domain.DomainException;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.ui.LanguagePreference;
import com.greencert.shared.ui.LazyRows;
import com.greencert.shared.ui.MainLayout;
import com.greencert.shared.ui.Notices;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The supplier's evidence: an expiry summary, the list (expiry badge, shortened SHA-256 with the full hash
 * as its title) filtered by type and expiry status, and an upload form. The browser sends the file to a
 * temporary file (never held in memory); saving streams it into {@link EvidenceService}, which hashes,
 * sniffs and stores it, and the temporary file is deleted.
 */
@Route(value = "supplier/evidence", layout = MainLayout.class)
@PageTitle("GreenCert")
@RolesAllowed("supplier")
public class EvidenceView extends VerticalLayout {

    private final EvidenceService evidence;
    private final Grid<EvidenceEntry> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Select<EvidenceType> typeFilter = typeSelect("evidence.filter.type", "evidence-type-filter");
    private final Select<ExpiryStatus> statusFilter = new Select<>();
    private final Select<EvidenceType> type = typeSelect("evidence.type", "evidence-type");
    private final TextField title = field("evidence.title", "evidence-title");
    private final TextField issuer = field("evidence.issuer", "evidence-issuer");
    private final DatePicker issuedOn = date("evidence.issued.on", "evidence-issued-on");
    private final DatePicker expiresOn = date("evidence.expires.on", "evidence-expires-on");
    private final TextField language = field("evidence.language", "evidence-language");
    private final Span chosen = new Span();
    private Received received;

    /** The file the browser sent, waiting in a temporary file for the supplier to save it. */
    private record Received(String fileName, String contentType, File file, String idempotencyKey) {
    }

    @Inject
    public EvidenceView(EvidenceService evidence) {
        this.evidence = evidence;
        setId("evidence");
        summary.setId("expiry-summary");
        statusFilter.setId("evidence-status-filter");
        statusFilter.setLabel(getTranslation("evidence.filter.status"));
        statusFilter.setItems(ExpiryStatus.values());
        statusFilter.setItemLabelGenerator(
                s -> s == null ? getTranslation("evidence.filter.all") : getTranslation("evidence.status." + s.name()));
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("evidence.filter.all"));
        typeFilter.setEmptySelectionAllowed(true);
        typeFilter.setEmptySelectionCaption(getTranslation("evidence.filter.all"));
        typeFilter.addValueChangeListener(e -> refresh());
        statusFilter.addValueChangeListener(e -> refresh());
        add(new H2(getTranslation("nav.evidence")), summary, new HorizontalLayout(typeFilter, statusFilter), grid(),
                uploadForm());
        refresh();
    }

    private Grid<EvidenceEntry> grid() {
        grid.setId("evidence-grid");
        grid.addColumn(e -> getTranslation("evidence.type." + e.evidence().type().name()))
                .setHeader(getTranslation("evidence.type")).setAutoWidth(true);
        grid.addColumn(e -> e.evidence().title()).setHeader(getTranslation("evidence.title")).setAutoWidth(true);
        grid.addColumn(e -> e.evidence().issuer()).setHeader(getTranslation("evidence.issuer"));
        grid.addColumn(e -> e.evidence().issuedOn().toString()).setHeader(getTranslation("evidence.issued.on"));
        grid.addComponentColumn(this::expiry).setHeader(getTranslation("evidence.expires.on")).setAutoWidth(true);
        grid.addComponentColumn(EvidenceView::hash).setHeader(getTranslation("evidence.sha256"));
        grid.addColumn(e -> size(e.evidence().content().size())).setHeader(getTranslation("evidence.size"));
        grid.addColumn(e -> "v" + e.evidence().versionNo()).setHeader(getTranslation("evidence.version"));
        grid.setHeight("30em");
        return grid;
    }

    private VerticalLayout uploadForm() {
        Upload upload = new Upload(UploadHandler.toTempFile((meta, file) -> getUI().ifPresent(ui -> ui.access(
                () -> received(new Received(meta.fileName(), meta.contentType(), file, UUID.randomUUID().toString()))))));
        upload.setId("evidence-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, evidence.maxBytes()));
        upload.setUploadButton(new Button(getTranslation("evidence.choose.file")));
        upload.setDropLabel(new Span(getTranslation("evidence.drop.file")));
        upload.addFileRejectedListener(e -> Notices.refused(
                new InvalidInputException("evidence.file.too.large", evidence.maxBytes() / (1024 * 1024))));
        upload.addFileRemovedListener(e -> received(null));
        chosen.setId("evidence-chosen-file");
        type.setValue(EvidenceType.SAFETY_DATA_SHEET);
        language.setValue(LanguagePreference.isChinese(getLocale()) ? "zh-CN" : "en");
        Button save = new Button(getTranslation("evidence.save"), click -> save());
        save.setId("save-evidence");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("evidence.upload.title")), upload, chosen,
                new FormLayout(type, title, issuer, language, issuedOn, expiresOn), save);
        form.setPadding(false);
        form.setId("evidence-upload-form");
        return form;
    }

    private void received(Received file) {
        discardReceived();
        received = file;
        chosen.setText(file == null ? "" : getTranslation("evidence.chosen", file.fileName()));
    }

    private void save() {
        if (received == null) {
            Notices.refused(new InvalidInputException("field.required", getTranslation("evidence.file")));
            return;
        }
        EvidenceMetadata metadata = new EvidenceMetadata(type.getValue() == null ? null : type.getValue().name(),
                title.getValue(), issuer.getValue(), issuedOn.getValue(), expiresOn.getValue(), language.getValue(),
                List.of(), List.of());
        try (InputStream in = new FileInputStream(received.file())) {
            evidence.upload(metadata, new EvidenceFile(received.fileName(), received.contentType(), in),
                    received.idempotencyKey());
        } catch (DomainException e) {
            Notices.refused(e);
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Notices.done(getTranslation("evidence.saved", title.getValue()));
        received(null);
        title.clear();
        issuer.clear();
        issuedOn.clear();
        expiresOn.clear();
        refresh();
    }

    private void discardReceived() {
        if (received != null) {
            try {
                Files.deleteIfExists(received.file().toPath());
            } catch (IOException ignored) {
                // a temporary file of the container: it goes with the temporary directory
            }
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        discardReceived();
        received = null;
        super.onDetach(detachEvent);
    }

    /** The grid pages from the database as it scrolls (one service call a window); the summary is two counts. */
    private void refresh() {
        EvidenceType type = typeFilter.getValue();
        ExpiryStatus status = statusFilter.getValue();
        LazyRows.bind(grid, page -> evidence.list(type, status, page));
        ExpirySummary expiry = evidence.expirySummary();
        summary.setText(getTranslation("evidence.summary", expiry.expired(), expiry.expiring(),
                ExpiryStatus.EXPIRING_WITHIN_DAYS));
    }

    private Span expiry(EvidenceEntry e) {
        ExpiryStatus status = e.expiryStatus();
        Span badge = new Span(getTranslation("evidence.status." + status.name()));
        badge.addClassNames("gc-badge", "gc-badge-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        Span date = new Span(e.evidence().expiresOn().map(LocalDate::toString).orElse("—"));
        Span cell = new Span(date, badge);
        cell.addClassName("gc-expiry");
        return cell;
    }

    private static Span hash(EvidenceEntry e) {
        EvidenceContent c = e.evidence().content();
        Span hash = new Span(c.sha256().substring(0, 12) + "…");
        hash.getElement().setAttribute("title", c.sha256());
        hash.addClassName("gc-hash");
        return hash;
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private Select<EvidenceType> typeSelect(String labelKey, String id) {
        Select<EvidenceType> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(EvidenceType.values());
        select.setItemLabelGenerator(
                t -> t == null ? getTranslation("evidence.filter.all") : getTranslation("evidence.type." + t.name()));
        return select;
    }

    private TextField field(String labelKey, String id) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        return field;
    }

    private DatePicker date(String labelKey, String id) {
        DatePicker picker = new DatePicker(getTranslation(labelKey));
        picker.setId(id);
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        picker.setPlaceholder("2026-12-31");
        return picker;
    }
}
