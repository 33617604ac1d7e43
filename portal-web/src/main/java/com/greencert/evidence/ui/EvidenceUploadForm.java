package com.greencert.evidence.ui;

import com.greencert.evidence.domain.EvidenceDetails;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.evidence.service.EvidenceEntry;
import com.greencert.evidence.service.EvidenceFile;
import com.greencert.evidence.service.EvidenceMetadata;
import com.greencert.evidence.service.EvidenceService;
import com.greencert.shared.domain.DomainException;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.ui.LanguagePreference;
import com.greencert.shared.ui.Notices;
import com.greencert.supplier.domain.Facility;
import com.greencert.supplier.domain.Product;
import com.greencert.supplier.domain.ProductId;
import com.greencert.supplier.service.FacilityService;
import com.greencert.supplier.service.ProductService;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A file and what it is: type, title, issuer, dates, language, and the products and facilities it covers (a
 * UN 38.3 summary linked to a product clears that product's "summary missing" flag). For a first upload, or,
 * given the version it supersedes, for a new version (its fields start as that version's). The browser sends
 * the file to a temporary file; saving streams it into {@link EvidenceService}; after a save the upload box is
 * emptied, so the next file can be chosen at once.
 */
class EvidenceUploadForm extends VerticalLayout {

    private final EvidenceService evidence;
    private final EvidenceEntry previous;
    private final Runnable saved;
    private final Upload upload;
    private final Select<EvidenceType> type;
    private final TextField title;
    private final TextField issuer;
    private final DatePicker issuedOn;
    private final DatePicker expiresOn;
    private final TextField language;
    private final MultiSelectComboBox<Product> products = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Facility> facilities = new MultiSelectComboBox<>();
    private final Span chosen = new Span();
    private Received received;

    /** The file the browser sent, waiting in a temporary file for the supplier to save it. */
    private record Received(String fileName, String contentType, File file, String idempotencyKey) {
    }

    EvidenceUploadForm(EvidenceService evidence, ProductService productService, FacilityService facilityService,
            EvidenceEntry previous, Runnable saved) {
        this.evidence = evidence;
        this.previous = previous;
        this.saved = saved;
        String prefix = previous == null ? "evidence" : "version";
        setPadding(false);
        setId(prefix + "-upload-form");
        // ids evidence-title, … in the page's form; version-title, … in a new version's dialog
        type = EvidenceView.typeSelect(this, "evidence.type", prefix + "-type");
        title = field("evidence.title", prefix + "-title", 300);
        issuer = field("evidence.issuer", prefix + "-issuer", 200);
        issuedOn = date("evidence.issued.on", prefix + "-issued-on");
        expiresOn = date("evidence.expires.on", prefix + "-expires-on");
        language = field("evidence.language", prefix + "-language", 35);
        upload = new Upload(UploadHandler.toTempFile((meta, file) -> getUI().ifPresent(ui -> ui.access(
                () -> received(new Received(meta.fileName(), meta.contentType(), file, UUID.randomUUID().toString()))))));
        upload.setId(prefix + "-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, evidence.maxBytes()));
        upload.setUploadButton(new Button(getTranslation("evidence.choose.file")));
        upload.setDropLabel(new Span(getTranslation("evidence.drop.file")));
        upload.addFileRejectedListener(e -> Notices.refused(
                new InvalidInputException("evidence.file.too.large", evidence.maxBytes() / (1024 * 1024))));
        upload.addFileRemovedListener(e -> received(null));
        chosen.setId(prefix + "-chosen-file");
        links(productService, facilityService);
        Button save = new Button(getTranslation(previous == null ? "evidence.save" : "evidence.version.save"),
                click -> save());
        save.setId(previous == null ? "save-evidence" : "save-version");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(type, title, issuer, language, issuedOn, expiresOn, products, facilities);
        form.setColspan(products, 2);
        form.setColspan(facilities, 2);
        add(upload, chosen, form, save);
        reset();
        if (previous != null) {
            startFrom(previous.evidence().details(), productService);
        }
    }

    private void links(ProductService productService, FacilityService facilityService) {
        products.setId(getId().orElseThrow().replace("-upload-form", "-products"));
        products.setLabel(getTranslation("evidence.products"));
        products.setItems(new CallbackDataProvider<Product, String>(
                q -> productService.list(PageRequest.of(q.getOffset(), Math.min(q.getLimit(), PageRequest.MAX_LIMIT)),
                        q.getFilter().orElse("")).items().stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, productService.list(PageRequest.of(0, 1), q.getFilter().orElse("")).total()),
                p -> p.id().toString()));
        products.setItemLabelGenerator(p -> p.nameEn() + p.nameZh().map(z -> " / " + z).orElse(""));
        facilities.setId(getId().orElseThrow().replace("-upload-form", "-facilities"));
        facilities.setLabel(getTranslation("evidence.facilities"));
        facilities.setItems(facilityService.list(PageRequest.of(0, PageRequest.MAX_LIMIT)).items());
        facilities.setItemLabelGenerator(Facility::name);
    }

    /** A new version starts as the version it supersedes: the supplier changes what changed. */
    private void startFrom(EvidenceDetails d, ProductService productService) {
        type.setValue(d.type());
        title.setValue(d.title());
        issuer.setValue(d.issuer());
        language.setValue(d.language());
        expiresOn.setValue(d.expiresOn());
        products.setValue(d.productIds().stream().map(id -> {
            try {
                return productService.get(ProductId.parse(id));
            } catch (DomainException gone) {
                return null;
            }
        }).filter(Objects::nonNull).toList());
        facilities.setValue(facilities.getListDataView().getItems()
                .filter(f -> d.facilityIds().contains(f.id().toString())).toList());
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
                products.getValue().stream().map(p -> p.id().toString()).toList(),
                facilities.getValue().stream().map(f -> f.id().toString()).toList());
        try (InputStream in = new FileInputStream(received.file())) {
            EvidenceFile file = new EvidenceFile(received.fileName(), received.contentType(), in);
            if (previous == null) {
                evidence.upload(metadata, file, received.idempotencyKey());
            } else {
                evidence.newVersion(previous.evidence().id(), metadata, file, received.idempotencyKey());
            }
        } catch (DomainException e) {
            Notices.refused(e);
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Notices.done(getTranslation("evidence.saved", title.getValue()));
        reset();
        saved.run();
    }

    /** Empty again, the upload box too: "Choose a file" is enabled for the next file. */
    private void reset() {
        received(null);
        upload.clearFileList();
        type.setValue(EvidenceType.SAFETY_DATA_SHEET);
        language.setValue(LanguagePreference.isChinese(getLocale()) ? "zh-CN" : "en");
        List.of(title, issuer).forEach(TextField::clear);
        issuedOn.clear();
        expiresOn.clear();
        products.clear();
        facilities.clear();
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

    private TextField field(String labelKey, String id, int maxLength) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setMaxLength(maxLength);
        return field;
    }

    /** ISO dates, shown whole; an empty picker says what to type, never a date that could pass for a value. */
    private DatePicker date(String labelKey, String id) {
        DatePicker picker = new DatePicker(getTranslation(labelKey));
        picker.setId(id);
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        picker.setPlaceholder(getTranslation("evidence.date.placeholder"));
        picker.setClearButtonVisible(true);
        return picker;
    }
}
