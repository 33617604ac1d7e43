package com.greencert.evidence.ui;

import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.service.EvidenceDownload;
import com.greencert.evidence.service.EvidenceService;
import com.greencert.shared.domain.DomainException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.InputStreamDownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.UncheckedIOException;

/**
 * "Open" (in a new tab, shown inline by the browser) and "Download" links to one piece of evidence, for its
 * owner and for any tenant it was granted to. Each click goes through {@link EvidenceService#download}: the
 * reader's access is checked again, the file's SHA-256 is re-verified before a byte is sent, and the access is
 * written to the owner's and the reader's audit chains. A refusal answers 404, a corrupted blob 500; nothing
 * of the file is sent then.
 */
public final class EvidenceLinks {

    private EvidenceLinks() {
    }

    /** Both links in a row, with ids {@code open-<id>} and {@code download-<id>}. */
    public static HorizontalLayout of(EvidenceService evidence, EvidenceId id) {
        HorizontalLayout row = new HorizontalLayout(open(evidence, id), download(evidence, id));
        row.setSpacing(true);
        row.setPadding(false);
        return row;
    }

    public static Anchor open(EvidenceService evidence, EvidenceId id) {
        Anchor open = new Anchor(handler(evidence, id).inline(), AttachmentType.INLINE,
                text("evidence.open"));
        open.setTarget(AnchorTarget.BLANK);
        open.setId("open-" + id);
        return open;
    }

    public static Anchor download(EvidenceService evidence, EvidenceId id) {
        Anchor download = new Anchor(handler(evidence, id), AttachmentType.DOWNLOAD, text("evidence.download"));
        download.setId("download-" + id);
        return download;
    }

    private static InputStreamDownloadHandler handler(EvidenceService evidence, EvidenceId id) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                EvidenceDownload d = evidence.download(id);
                var content = d.entry().evidence().content();
                return new DownloadResponse(d.content(), content.originalFileName(), content.mediaType(), content.size());
            } catch (DomainException refused) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            } catch (UncheckedIOException | IllegalStateException failed) {
                return DownloadResponse.error(HttpStatusCode.INTERNAL_SERVER_ERROR);
            }
        });
    }

    private static String text(String key) {
        UI ui = UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key);
    }
}
