package com.greencert.certification.ui;

import static com.greencert.certification.ui.Texts.t;

import com.greencert.certification.domain.AttachedEvidence;
import com.greencert.certification.domain.MissingEvidence;
import com.greencert.certification.service.ApplicationCommand;
import com.greencert.evidence.domain.EvidenceId;
import com.greencert.evidence.service.EvidenceEntry;
import com.greencert.evidence.service.EvidenceService;
import com.greencert.evidence.ui.EvidenceLinks;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The evidence attached to the application and what the scheme still misses; while the supplier may edit,
 * attaching from its vault and detaching.
 */
class EvidenceSection extends VerticalLayout {

    EvidenceSection(OpenApplication open, List<EvidenceEntry> vault, EvidenceService evidence) {
        setId("evidence-section");
        setPadding(false);
        boolean editable = vault != null;
        List<AttachedEvidence> attached = open.details().application().evidence();
        add(new H3(t("application.evidence")));
        Grid<AttachedEvidence> grid = new Grid<>();
        grid.setId("attached-evidence-grid");
        grid.addColumn(e -> t("evidence.type." + e.type().name())).setHeader(t("evidence.type")).setAutoWidth(true);
        grid.addColumn(AttachedEvidence::title).setHeader(t("evidence.title")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(e -> Texts.date(e.issuedOn())).setHeader(t("evidence.issued.on")).setAutoWidth(true);
        grid.addColumn(e -> Texts.date(e.expiresOn())).setHeader(t("evidence.expires.on")).setAutoWidth(true);
        // open and download, for the supplier and for the body it was shared with (checked again on each click)
        grid.addComponentColumn(e -> EvidenceLinks.of(evidence, e.evidenceId())).setHeader(t("application.evidence.read"))
                .setAutoWidth(true);
        if (editable) {
            grid.addComponentColumn(e -> {
                Button detach = new Button(t("application.evidence.detach"),
                        click -> open.act(new ApplicationCommand.Detach(e.evidenceId())));
                detach.setId("detach-" + e.evidenceId());
                detach.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                return detach;
            }).setAutoWidth(true);
        }
        grid.setItems(attached);
        grid.setAllRowsVisible(true);
        add(grid);
        if (editable) {
            add(attachRow(open, vault, attached));
        }
        add(missing(open.details().missing()));
    }

    private HorizontalLayout attachRow(OpenApplication open, List<EvidenceEntry> vault, List<AttachedEvidence> attached) {
        Set<EvidenceId> already = attached.stream().map(AttachedEvidence::evidenceId).collect(Collectors.toSet());
        ComboBox<EvidenceEntry> choice = new ComboBox<>(t("application.evidence.choose"));
        choice.setId("attach-evidence-choice");
        choice.setItems(vault.stream().filter(e -> !already.contains(e.evidence().id())).toList());
        choice.setItemLabelGenerator(EvidenceSection::label);
        choice.setWidth("min(40em, 90vw)");
        Button attach = new Button(t("application.evidence.attach"), click -> {
            if (choice.getValue() != null) {
                open.act(new ApplicationCommand.Attach(choice.getValue().evidence().id()));
            }
        });
        attach.setId("attach-evidence");
        HorizontalLayout row = new HorizontalLayout(choice, attach);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    static String label(com.greencert.certification.domain.AttachedEvidence e) {
        return t("evidence.type." + e.type().name()) + ": " + e.title() + " (" + Texts.date(e.issuedOn()) + ")";
    }

    static String label(EvidenceEntry e) {
        return t("evidence.type." + e.evidence().type().name()) + ": " + e.evidence().title() + " ("
                + e.evidence().issuedOn() + ")";
    }

    private VerticalLayout missing(List<MissingEvidence> missing) {
        VerticalLayout box = new VerticalLayout(new H4(t("application.missing")));
        box.setId("missing-evidence");
        box.setPadding(false);
        if (missing.isEmpty()) {
            box.add(new Paragraph(t("application.missing.none")));
            return box;
        }
        UnorderedList list = new UnorderedList();
        missing.forEach(m -> list.add(new ListItem(t("application.missing.item", m.criterionCode(),
                t("evidence.type." + m.evidenceType().name()), t("missing.reason." + m.reason().name())))));
        box.add(list);
        return box;
    }
}
