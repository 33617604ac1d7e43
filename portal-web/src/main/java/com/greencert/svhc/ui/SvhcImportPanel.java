package com.greencert.svhc.ui;

import com.greencert.shared.domain.DomainException;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.ui.Notices;
import com.greencert.svhc.domain.SvhcListVersion;
import com.greencert.svhc.service.ImportSvhcList;
import com.greencert.svhc.service.SvhcImportPreview;
import com.greencert.svhc.service.EchaCandidateListCsv;
import com.greencert.svhc.service.SvhcListService;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Consumer;

/**
 * Upload ECHA's candidate-list CSV export, read what it would change and which rows are wrong (nothing is
 * written), then import it as a new version: all or nothing, so the button stays off while any row is wrong.
 * The file waits in a temporary file between the preview and the import, and is deleted afterwards.
 */
class SvhcImportPanel extends VerticalLayout {

    private static final int MAX_BYTES = EchaCandidateListCsv.MAX_BYTES; // as the service reads it

    private final SvhcListService lists;
    private final Consumer<SvhcListVersion> imported;
    private final TextField label = new TextField();
    private final DatePicker adoptedOn = new DatePicker();
    private final TextField source = new TextField();
    private final Button importButton = new Button();
    private final Div preview = new Div();
    private final Upload upload;
    private Received received;

    private record Received(String fileName, File file, boolean importable) {
    }

    SvhcImportPanel(SvhcListService lists, Consumer<SvhcListVersion> imported) {
        this.lists = lists;
        this.imported = imported;
        setId("svhc-import");
        setPadding(false);
        upload = new Upload(UploadHandler.toTempFile((meta, file) -> getUI().ifPresent(ui -> ui.access(
                () -> received(meta.fileName(), file)))));
        upload.setId("svhc-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setUploadButton(new Button(getTranslation("svhc.import.choose")));
        upload.setDropLabel(new Span(getTranslation("svhc.import.drop")));
        upload.addFileRejectedListener(e -> Notices.refused(
                new InvalidInputException("svhc.import.too.large", MAX_BYTES / (1024 * 1024))));
        label.setLabel(getTranslation("svhc.version.label"));
        label.setId("svhc-label");
        label.setMaxLength(64);
        label.setHelperText(getTranslation("svhc.version.label.help"));
        adoptedOn.setLabel(getTranslation("svhc.version.adopted"));
        adoptedOn.setId("svhc-adopted-on");
        adoptedOn.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        adoptedOn.setMax(LocalDate.now(ZoneOffset.UTC));
        adoptedOn.setHelperText(getTranslation("svhc.version.adopted.help"));
        source.setLabel(getTranslation("svhc.version.source"));
        source.setId("svhc-source");
        source.setMaxLength(500);
        importButton.setText(getTranslation("svhc.import.action"));
        importButton.setId("svhc-import-button");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(click -> importFile());
        preview.setId("svhc-preview-area");
        add(new H3(getTranslation("svhc.import.title")), new Paragraph(getTranslation("svhc.import.intro")), upload,
                preview, new FormLayout(label, adoptedOn, source), importButton);
    }

    private void received(String fileName, File file) {
        discard();
        upload.clearFileList(); // the next file can be chosen at once
        SvhcImportPreview result;
        try (InputStream in = new FileInputStream(file)) {
            result = lists.preview(in);
        } catch (DomainException e) {
            deleteQuietly(file);
            Notices.refused(e);
            return;
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        }
        received = new Received(fileName, file, result.importable());
        preview.removeAll();
        preview.add(new SvhcPreviewPanel(fileName, result));
        if (source.isEmpty()) {
            source.setValue(fileName);
        }
        importButton.setEnabled(result.importable());
    }

    private void importFile() {
        if (received == null || !received.importable()) {
            Notices.refused(new InvalidInputException("field.required", getTranslation("svhc.import.file")));
            return;
        }
        if (adoptedOn.getValue() == null) {
            Notices.refused(new InvalidInputException("field.required", getTranslation("svhc.version.adopted")));
            return;
        }
        SvhcListVersion version;
        try (InputStream in = new FileInputStream(received.file())) {
            version = lists.importVersion(new ImportSvhcList(label.getValue(), adoptedOn.getValue(), source.getValue()), in);
        } catch (DomainException e) {
            Notices.refused(e);
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Notices.done(getTranslation("svhc.import.done", version.label(), version.entryCount()));
        discard();
        preview.removeAll();
        label.clear();
        adoptedOn.clear();
        source.clear();
        importButton.setEnabled(false);
        imported.accept(version);
    }

    private void discard() {
        if (received != null) {
            deleteQuietly(received.file());
            received = null;
        }
    }

    private static void deleteQuietly(File file) {
        try {
            Files.deleteIfExists(file.toPath());
        } catch (IOException ignored) {
            // a temporary file of the container: it goes with the temporary directory
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        discard();
        super.onDetach(detachEvent);
    }
}
