package com.greencert.criteria.ui;

import static com.greencert.criteria.ui.CriterionTexts.t;

import com.greencert.criteria.domain.CriteriaSet;
import com.greencert.criteria.domain.InvitationAction;
import com.greencert.criteria.domain.Outcome;
import com.greencert.criteria.service.Comparison;
import com.greencert.criteria.service.InvitationService;
import com.greencert.criteria.service.JoinInvitationService;
import com.greencert.criteria.service.MatchingService;
import com.greencert.criteria.service.SupplierMatch;
import com.greencert.shared.ui.LanguagePreference;
import com.greencert.shared.ui.MainLayout;
import com.greencert.shared.ui.Notices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;

/**
 * The buyer's invited suppliers for one criteria set: invite a supplier chosen by name, compare them (best first,
 * sortable), open one's gap report criterion by criterion, and withdraw an invitation.
 */
@Route(value = "buyer/invitations", layout = MainLayout.class)
@PageTitle("GreenCert")
@RolesAllowed("buyer")
public class BuyerInvitationsView extends VerticalLayout {

    private final InvitationService invitations;
    private final MatchingService matching;
    private final ComboBox<CriteriaSet> set = new ComboBox<>(t("invitation.set"));
    private final Grid<SupplierMatch> grid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final HorizontalLayout exports = new HorizontalLayout();
    private final ComboBox<Outcome> only = new ComboBox<>(t("match.filter"));
    private List<SupplierMatch> compared = List.of();

    @Inject
    public BuyerInvitationsView(InvitationService invitations, MatchingService matching, JoinInvitationService joins) {
        this.invitations = invitations;
        this.matching = matching;
        setId("buyer-invitations");
        add(new H2(t("invitation.buyer.title")), new Paragraph(t("invitation.buyer.intro")));
        List<CriteriaSet> sets = matching.sets();
        if (sets.isEmpty()) {
            add(new Paragraph(t("invitation.no.sets")), new RouterLink(t("invitation.to.criteria"), CriteriaSetsView.class));
            return;
        }
        set.setId("invitation-set");
        set.setItems(sets);
        set.setItemLabelGenerator(CriteriaSet::name);
        set.setWidth("24em");
        set.addValueChangeListener(e -> refresh());
        // the shortlist: only the suppliers with one overall outcome (none chosen: all), sorted by any column
        only.setId("comparison-only");
        only.setItems(Outcome.values());
        only.setItemLabelGenerator(o -> t("match.outcome." + o.name().toLowerCase(java.util.Locale.ROOT)));
        only.setClearButtonVisible(true);
        only.setPlaceholder(t("match.filter.all"));
        only.addValueChangeListener(e -> showCompared());
        add(set, inviteForm(), new MailInvitationsPanel(joins, set::getValue), only, grid(), exports, detail);
        detail.setId("invitation-detail");
        detail.setPadding(false);
        set.setValue(sets.getFirst());
    }

    private Component inviteForm() {
        String language = LanguagePreference.language(getLocale());
        SupplierPicker supplier = new SupplierPicker("invite-supplier", invitations::suppliers, language);
        Button invite = new Button(t("invitation.invite"), click -> {
            if (!supplier.chosen()) {
                return;
            }
            if (Notices.attempt(() -> invitations.invite(set.getValue().id(), supplier.getValue().id()))) {
                Notices.done(t("invitation.sent", supplier.getValue().displayName(language)));
                supplier.clear();
                refresh();
            }
        });
        invite.setId("invite");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(supplier, invite);
        form.setAlignItems(Alignment.BASELINE);
        return form;
    }

    private Grid<SupplierMatch> grid() {
        String language = LanguagePreference.language(getLocale());
        grid.setId("comparison-grid");
        grid.addColumn(m -> m.invitation().supplier().displayName(language)).setHeader(t("invitation.supplier"))
                .setComparator(Comparator.comparing(m -> m.invitation().supplier().displayName(language)))
                .setFlexGrow(2);
        grid.addColumn(m -> CriterionTexts.state(m.invitation().state())).setHeader(t("invitation.state"))
                .setSortable(true).setAutoWidth(true);
        grid.addComponentColumn(m -> m.measured() ? CriterionTexts.outcome(m.result().overall()) : new Span("—"))
                .setHeader(t("match.overall")).setAutoWidth(true)
                .setComparator(Comparator.comparing(m -> m.measured() ? m.result().overall().ordinal() : 9));
        grid.addColumn(m -> m.measured() ? Integer.toString(m.result().score()) : "—").setHeader(t("match.score.header"))
                .setComparator(Comparator.comparing(m -> m.measured() ? m.result().score() : -1)).setAutoWidth(true);
        grid.addColumn(m -> CriterionTexts.day(m.invitation().invitation().invitedAt())).setHeader(t("invitation.invited.on"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        return grid;
    }

    private void show(SupplierMatch match) {
        detail.removeAll();
        if (match == null) {
            return;
        }
        String language = LanguagePreference.language(getLocale());
        detail.add(new H2(match.invitation().supplier().displayName(language)));
        if (match.invitation().offers(InvitationAction.WITHDRAW)) {
            Button withdraw = new Button(t("invitation.withdraw"), click -> {
                if (Notices.attempt(() -> invitations.withdraw(match.invitation().invitation().id()))) {
                    Notices.done(t("invitation.withdrawn"));
                    refresh();
                }
            });
            withdraw.setId("invitation-withdraw");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            detail.add(withdraw);
        }
        detail.add(new MatchReport("gap-report", match, s -> matching.schemeTitle(s, language).orElse(t("criterion.scheme.gone")), getLocale()));
    }

    private void showCompared() {
        grid.setItems(only.getValue() == null ? compared : compared.stream()
                .filter(m -> m.measured() && m.result().overall() == only.getValue()).toList());
    }

    private void refresh() {
        detail.removeAll();
        if (set.getValue() == null) {
            grid.setItems(List.of());
            return;
        }
        Comparison comparison = matching.compare(set.getValue().id());
        compared = comparison.suppliers();
        showCompared();
        var id = set.getValue().id();
        var locale = getLocale();
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = matching.compareAsCsv(id, locale).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return new DownloadResponse(new java.io.ByteArrayInputStream(bytes), "comparison.csv", "text/csv",
                    bytes.length);
        }), AttachmentType.DOWNLOAD, t("invitation.export.csv"));
        csv.setId("comparison-csv");
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = matching.compareAsXlsx(id, locale);
            return new DownloadResponse(new java.io.ByteArrayInputStream(bytes), "comparison.xlsx",
                    com.greencert.criteria.service.ComparisonXlsx.MEDIA_TYPE, bytes.length);
        }), AttachmentType.DOWNLOAD, t("invitation.export.xlsx"));
        xlsx.setId("comparison-xlsx");
        exports.removeAll();
        exports.add(csv, xlsx);
    }
}
