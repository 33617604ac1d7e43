package com.greencert.credential.ui;

import static com.greencert.credential.ui.CredentialTexts.t;

import com.greencert.credential.service.CredentialDownload;
import com.greencert.credential.service.CredentialFormat;
import com.greencert.credential.service.CredentialService;
import com.greencert.credential.service.CredentialSummary;
import com.greencert.shared.domain.DomainException;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

/**
 * The credentials issued for one application (newest first, older ones superseded): number, validity and live
 * state, with the PDF certificate, the signed credential and its decoded JSON to download, and a link to
 * the public verification everyone else sees.
 */
class CredentialsPanel extends VerticalLayout {

    CredentialsPanel(CredentialService credentials, List<CredentialSummary> issued, Locale locale) {
        setId("credentials-panel");
        setPadding(false);
        add(new H3(t("credential.panel.title")));
        if (issued.isEmpty()) {
            Paragraph none = new Paragraph(t("credential.panel.none"));
            none.setId("credentials-none");
            add(none);
            return;
        }
        Grid<CredentialSummary> grid = new Grid<>();
        grid.setId("credentials-grid");
        grid.addColumn(CredentialSummary::certificateNumber).setHeader(t("credential.number")).setAutoWidth(true);
        grid.addColumn(CredentialTexts::validity).setHeader(t("credential.validity")).setAutoWidth(true);
        grid.addComponentColumn(CredentialTexts::badge).setHeader(t("credential.state")).setAutoWidth(true);
        grid.addColumn(c -> CredentialTexts.date(c.issuedAt())).setHeader(t("credential.issued.at")).setAutoWidth(true);
        grid.addComponentColumn(c -> downloads(credentials, c, issued.indexOf(c), locale))
                .setHeader(t("credential.downloads")).setAutoWidth(true).setFlexGrow(1);
        grid.setItems(issued);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private static Span downloads(CredentialService credentials, CredentialSummary c, int row, Locale locale) {
        Span links = new Span(download(credentials, c, CredentialFormat.PDF, "credential.download.pdf", row, locale),
                download(credentials, c, CredentialFormat.JWT, "credential.download.jwt", row, locale),
                download(credentials, c, CredentialFormat.JSON, "credential.download.json", row, locale));
        Anchor verify = new Anchor(CredentialTexts.verifyLink(c), t("credential.verify"));
        verify.setId("credential-verify-" + row);
        links.add(verify);
        links.addClassName("gc-downloads");
        return links;
    }

    /** A link that fetches the file when clicked (never before), as the signed-in party. */
    private static Anchor download(CredentialService credentials, CredentialSummary c, CredentialFormat format,
            String label, int row, Locale locale) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            try {
                CredentialDownload file = credentials.download(c.id(), format, locale);
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        file.mediaType(), file.content().length);
            } catch (DomainException e) {
                return DownloadResponse.error(404, e);
            }
        });
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, t(label));
        anchor.setId("credential-download-" + format.extension() + "-" + row);
        anchor.addClassName("gc-download");
        return anchor;
    }
}
