package com.greencert.supplier.ui;

import com.greencert.shared.domain.DomainException;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.RowError;
import com.greencert.shared.ui.MainLayout;
import com.greencert.shared.ui.Notices;
import com.greencert.supplier.service.ProductImportResult;
import com.greencert.supplier.service.ProductService;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Products in bulk from a CSV file: the supplier uploads it, the dry run tells every bad row in words (nothing
 * written), and the import registers all the products or none. The file waits in a temporary file between the
 * dry run and the import, and is deleted afterwards.
 */
@Route(value = "supplier/products/import", layout = MainLayout.class)
@PageTitle("GreenCert")
@RolesAllowed("supplier")
public class ProductImportView extends VerticalLayout {

    private static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final int ERRORS_SHOWN = 300;
    static final String EXAMPLE = """
            product key,name en,name zh,HS code,UN number,packing group,substance name,CAS,min %,max %
            P-18650,Li-ion cell 18650,18650 锂离子电池,850760,UN3480,,Lithium cobalt oxide,12190-79-3,30,40
            P-18650,,,,,,Graphite,7782-42-5,15,25""";

    private final ProductService products;
    private final Upload upload;
    private final Div result = new Div();
    private final Button importButton = new Button();
    private Received received;

    private record Received(String fileName, File file, int products) {
    }

    @Inject
    public ProductImportView(ProductService products) {
        this.products = products;
        setId("product-import");
        upload = new Upload(UploadHandler.toTempFile((meta, file) -> getUI().ifPresent(ui -> ui.access(
                () -> dryRun(meta.fileName(), file)))));
        upload.setId("product-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv");
        upload.setUploadButton(new Button(getTranslation("product.import.choose")));
        upload.setDropLabel(new Span(getTranslation("product.import.drop")));
        upload.addFileRejectedListener(e -> Notices.refused(
                new InvalidInputException("product.import.too.large", MAX_BYTES / (1024 * 1024))));
        result.setId("product-import-result");
        importButton.setText(getTranslation("product.import.action"));
        importButton.setId("product-import-button");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(click -> importFile());
        Pre example = new Pre(EXAMPLE);
        example.addClassName("gc-example");
        add(new H2(getTranslation("product.import.title")), new Paragraph(getTranslation("product.import.intro")),
                example, upload, result, importButton,
                new RouterLink(getTranslation("product.import.back"), ProductsView.class));
    }

    private void dryRun(String fileName, File file) {
        discard();
        upload.clearFileList(); // the corrected file can be chosen at once
        ProductImportResult dryRun;
        try (InputStream in = new FileInputStream(file)) {
            dryRun = products.importCsv(in, true);
        } catch (DomainException e) {
            deleteQuietly(file);
            Notices.refused(e);
            return;
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        }
        received = new Received(fileName, file, dryRun.products());
        result.removeAll();
        Paragraph summary = new Paragraph(getTranslation("product.import.summary", fileName, dryRun.rows(), dryRun.products()));
        summary.setId("product-import-summary");
        Paragraph verdict = new Paragraph(dryRun.importable()
                ? getTranslation("product.import.importable", dryRun.products())
                : getTranslation("product.import.not.importable", dryRun.errors().size()));
        verdict.setId("product-import-verdict");
        verdict.addClassName(dryRun.importable() ? "gc-import-ok" : "gc-import-error");
        result.add(new H4(getTranslation("product.import.dry.run")), summary, verdict);
        if (!dryRun.errors().isEmpty()) {
            UnorderedList errors = new UnorderedList();
            errors.setId("product-row-errors");
            dryRun.errors().stream().limit(ERRORS_SHOWN).forEach(e -> errors.add(new ListItem(describe(e))));
            if (dryRun.errors().size() > ERRORS_SHOWN) {
                errors.add(new ListItem(getTranslation("product.import.more", dryRun.errors().size() - ERRORS_SHOWN)));
            }
            result.add(errors);
        }
        importButton.setEnabled(dryRun.importable());
    }

    private String describe(RowError e) {
        String message = e.describe(getLocale());
        return e.row() == 0 ? getTranslation("product.import.error.file", message)
                : getTranslation("product.import.error.row", e.row(), message);
    }

    private void importFile() {
        if (received == null) {
            Notices.refused(new InvalidInputException("field.required", getTranslation("product.import.file")));
            return;
        }
        ProductImportResult done;
        try (InputStream in = new FileInputStream(received.file())) {
            done = products.importCsv(in, false);
        } catch (DomainException e) {
            Notices.refused(e);
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Notices.done(getTranslation("product.import.done", done.products()));
        result.removeAll();
        Paragraph imported = new Paragraph(getTranslation("product.import.done", done.products()));
        imported.setId("product-import-done");
        result.add(imported);
        discard();
        importButton.setEnabled(false);
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
