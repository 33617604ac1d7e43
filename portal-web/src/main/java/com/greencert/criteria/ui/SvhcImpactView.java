package com.greencert.criteria.ui;

import static com.greencert.criteria.ui.CriterionTexts.t;

import com.greencert.criteria.service.RegulationImpactService;
import com.greencert.criteria.service.SvhcImpact;
import com.greencert.svhc.service.EchaCandidateListCsv;
import com.greencert.shared.domain.DomainException;
import com.greencert.shared.ui.LanguagePreference;
import com.greencert.shared.ui.MainLayout;
import com.greencert.shared.ui.Notices;
import com.greencert.tenant.domain.Tenant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import java.util.stream.Collectors;

/**
 * What a new SVHC candidate list would change before it is imported: the platform administrator uploads ECHA's
 * CSV export (as for the import) and reads which products would change verdict, whose they are, and which buyers
 * (watching those suppliers, or shown their profile) will see their alerts and match results change. Writes nothing.
 */
@Route(value = "admin/svhc-impact", layout = MainLayout.class)
@PageTitle("GreenCert")
@RolesAllowed("platform-admin")
public class SvhcImpactView extends VerticalLayout {

    private final RegulationImpactService impact;
    private final VerticalLayout result = new VerticalLayout();

    @Inject
    public SvhcImpactView(RegulationImpactService impact) {
        this.impact = impact;
        setId("svhc-impact");
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.toTempFile((meta, file) -> getUI().ifPresent(ui -> ui.access(() -> {
            upload.clearFileList(); // the next file can be chosen at once
            received(file);
        }))));
        upload.setId("svhc-impact-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(EchaCandidateListCsv.MAX_BYTES); // as the import reads it
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setUploadButton(new Button(t("svhc.impact.choose")));
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(t("svhc.import.drop")));
        result.setId("svhc-impact-result");
        result.setPadding(false);
        add(new H2(t("svhc.impact.title")), new Paragraph(t("svhc.impact.intro")), upload, result);
    }

    private void received(File file) {
        result.removeAll();
        SvhcImpact found;
        try (InputStream in = new FileInputStream(file)) {
            found = impact.svhcImpact(in);
        } catch (DomainException e) {
            Notices.refused(e);
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file.delete();
        }
        String language = LanguagePreference.language(getLocale());
        Paragraph summary = new Paragraph(t(found.capped() ? "svhc.impact.summary.capped" : "svhc.impact.summary",
                found.screened(), found.changes().size(), found.suppliers().size(), found.buyers().size()));
        summary.setId("svhc-impact-summary");
        Grid<SvhcImpact.Change> changes = new Grid<>();
        changes.setId("svhc-impact-changes");
        changes.addColumn(c -> c.supplier().displayName(language)).setHeader(t("invitation.supplier")).setFlexGrow(2);
        changes.addColumn(SvhcImpact.Change::product).setHeader(t("svhc.impact.product")).setFlexGrow(2);
        changes.addColumn(c -> t("screening.verdict." + c.before().name())).setHeader(t("svhc.impact.before")).setFlexGrow(2);
        changes.addColumn(c -> t("screening.verdict." + c.after().name())).setHeader(t("svhc.impact.after")).setFlexGrow(2);
        changes.setItems(found.changes());
        changes.setAllRowsVisible(true);
        changes.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        Paragraph buyers = new Paragraph(found.buyers().isEmpty() ? t("svhc.impact.no.buyers")
                : t("svhc.impact.buyers", found.buyers().stream().map(b -> b.displayName(language))
                        .collect(Collectors.joining(", "))));
        buyers.setId("svhc-impact-buyers");
        result.add(summary, new H3(t("svhc.impact.changes")), changes, buyers);
    }
}
