package com.greencert.evidence.ui;

import com.greencert.evidence.domain.EvidenceGrant;
import com.greencert.evidence.service.EvidenceEntry;
import com.greencert.evidence.service.EvidenceService;
import com.greencert.evidence.service.EvidenceShare;
import com.greencert.shared.domain.DomainException;
import com.greencert.shared.ui.LanguagePreference;
import com.greencert.shared.ui.Notices;
import com.greencert.tenant.domain.Tenant;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Who one piece of evidence is shared with (buyers and certification bodies, by name; revoked grants and the
 * grants an application made stay listed), sharing it with one more, chosen from a list by name, and revoking a
 * direct grant. An application's grant ends with the application (detaching, cancelling), not here. A retired
 * piece is shared with no one new: the share row is disabled and says why; its grants stay, and may be revoked.
 */
class SharingPanel extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final EvidenceService evidence;
    private final EvidenceEntry entry;
    private final Grid<EvidenceShare> grid = new Grid<>();
    private final boolean chinese;

    SharingPanel(EvidenceService evidence, EvidenceEntry entry) {
        this.evidence = evidence;
        this.entry = entry;
        this.chinese = LanguagePreference.isChinese(getLocale());
        setId("sharing-panel");
        setHeaderTitle(getTranslation("evidence.sharing.title", entry.evidence().title()));
        setWidth("min(60em, 95vw)");
        add(new Paragraph(getTranslation("evidence.sharing.help")), shareRow(), grid());
        Button close = new Button(getTranslation("evidence.sharing.close"), click -> close());
        close.setId("sharing-close");
        getFooter().add(close);
        refresh();
    }

    private HorizontalLayout shareRow() {
        ComboBox<Tenant> target = new ComboBox<>(getTranslation("evidence.sharing.with"));
        target.setId("share-target");
        target.setItems(evidence.shareTargets(""));
        target.setItemLabelGenerator(t -> name(t) + " (" + getTranslation("evidence.sharing.kind." + t.type().name()) + ")");
        target.setWidth("min(30em, 80vw)");
        Button share = new Button(getTranslation("evidence.sharing.share"), click -> {
            if (target.getValue() == null) {
                Notices.problem(getTranslation("evidence.sharing.choose"));
                return;
            }
            try {
                evidence.grantAccess(entry.evidence().id(), target.getValue().id());
            } catch (DomainException e) {
                Notices.refused(e);
                return;
            }
            Notices.done(getTranslation("evidence.sharing.shared", name(target.getValue())));
            target.clear();
            refresh();
        });
        share.setId("share-evidence");
        share.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(target, share);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (entry.evidence().retired()) {
            target.setEnabled(false);
            share.setEnabled(false);
            Span why = new Span(getTranslation("evidence.sharing.retired"));
            why.setId("share-retired");
            row.add(why);
        }
        return row;
    }

    private Grid<EvidenceShare> grid() {
        grid.setId("sharing-grid");
        grid.addColumn(s -> s.grantee().map(this::name).orElse(getTranslation("evidence.sharing.unknown")))
                .setHeader(getTranslation("evidence.sharing.grantee")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(s -> s.grantee().map(t -> getTranslation("evidence.sharing.kind." + t.type().name())).orElse(""))
                .setHeader(getTranslation("evidence.sharing.kind")).setAutoWidth(true);
        grid.addColumn(s -> when(s.grant().grantedAt()) + " · " + s.grant().grantedBy())
                .setHeader(getTranslation("evidence.sharing.granted")).setAutoWidth(true);
        grid.addComponentColumn(this::state).setHeader(getTranslation("evidence.sharing.state")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component state(EvidenceShare share) {
        EvidenceGrant g = share.grant();
        if (!g.active()) {
            return new Span(getTranslation("evidence.sharing.revoked", g.revokedAt().map(this::when).orElse("—"),
                    g.revokedBy().orElse("—")));
        }
        if (g.application().isPresent()) {
            return new Span(getTranslation("evidence.sharing.for.application"));
        }
        Button revoke = new Button(getTranslation("evidence.sharing.revoke"), click -> {
            try {
                evidence.revokeAccess(entry.evidence().id(), g.grantee());
            } catch (DomainException e) {
                Notices.refused(e);
                return;
            }
            Notices.done(getTranslation("evidence.sharing.revoked.done", share.grantee().map(this::name).orElse("")));
            refresh();
        });
        revoke.setId("revoke-" + g.grantee().value());
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return revoke;
    }

    private void refresh() {
        grid.setItems(evidence.sharedWith(entry.evidence().id()));
    }

    private String name(Tenant t) {
        return t.displayName(chinese ? "zh" : "en");
    }

    private String when(Instant at) {
        return WHEN.format(at.atZone(ZoneId.systemDefault()));
    }
}
