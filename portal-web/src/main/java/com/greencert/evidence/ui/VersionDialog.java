package com.greencert.evidence.ui;

import com.greencert.evidence.service.EvidenceEntry;
import com.greencert.evidence.service.EvidenceService;
import com.greencert.supplier.service.FacilityService;
import com.greencert.supplier.service.ProductService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A new version of a piece of evidence: a new file and its details (starting as the current version's); the
 * current version stays, superseded, and the grid shows both.
 */
class VersionDialog extends Dialog {

    VersionDialog(EvidenceService evidence, ProductService products, FacilityService facilities, EvidenceEntry current,
            Runnable saved) {
        setId("version-dialog");
        setHeaderTitle(getTranslation("evidence.version.title", current.evidence().title()));
        setWidth("min(50em, 95vw)");
        add(new Paragraph(getTranslation("evidence.version.help", current.evidence().versionNo(),
                current.evidence().content().originalFileName())));
        add(new EvidenceUploadForm(evidence, products, facilities, current, () -> {
            close();
            saved.run();
        }));
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("version-cancel");
        getFooter().add(cancel);
    }
}
