package com.greencert.criteria.ui;

import static com.greencert.criteria.ui.CriterionTexts.t;

import com.greencert.criteria.domain.InvitationAction;
import com.greencert.criteria.service.InvitationService;
import com.greencert.criteria.service.InvitationSummary;
import com.greencert.criteria.service.MatchingService;
import com.greencert.criteria.service.SupplierMatch;
import com.greencert.evidence.domain.EvidenceId;
import com.greencert.shared.domain.DomainException;
import com.greencert.shared.ui.LanguagePreference;
import com.greencert.shared.ui.LazyRows;
import com.greencert.shared.ui.MainLayout;
import com.greencert.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The buyers' requests a supplier received: who asked, for which criteria, where each stands; accept or decline a
 * pending one, and read one's result as a to-do list with the one action that shares the evidence the criteria ask
 * for. A supplier never sees which other suppliers a buyer invited, nor other buyers' requests of other suppliers.
 */
@Route(value = "supplier/invitations", layout = MainLayout.class)
@PageTitle("GreenCert")
@RolesAllowed("supplier")
public class SupplierInvitationsView extends VerticalLayout {

    private final InvitationService invitations;
    private final MatchingService matching;
    private final Grid<InvitationSummary> grid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();

    @Inject
    public SupplierInvitationsView(InvitationService invitations, MatchingService matching) {
        this.invitations = invitations;
        this.matching = matching;
        setId("supplier-invitations");
        String language = LanguagePreference.language(getLocale());
        grid.setId("received-grid");
        grid.addColumn(s -> s.buyer().displayName(language)).setHeader(t("invitation.buyer")).setFlexGrow(2);
        grid.addColumn(InvitationSummary::setName).setHeader(t("invitation.set")).setFlexGrow(2);
        grid.addColumn(s -> CriterionTexts.state(s.state())).setHeader(t("invitation.state")).setAutoWidth(true);
        grid.addColumn(s -> CriterionTexts.day(s.invitation().invitedAt())).setHeader(t("invitation.invited.on"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.offers(InvitationAction.ACCEPT) ? CriterionTexts.day(s.invitation().expiresAt()) : "—")
                .setHeader(t("invitation.answer.by")).setAutoWidth(true);
        grid.setHeight("14em");
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        detail.setId("received-detail");
        detail.setPadding(false);
        add(new H2(t("invitation.supplier.title")), new Paragraph(t("invitation.supplier.intro")), grid, detail);
        refresh();
    }

    private void show(InvitationSummary summary) {
        detail.removeAll();
        if (summary == null) {
            return;
        }
        String language = LanguagePreference.language(getLocale());
        detail.add(new H3(t("invitation.from", summary.buyer().displayName(language), summary.setName())));
        HorizontalLayout actions = new HorizontalLayout();
        if (summary.offers(InvitationAction.ACCEPT)) {
            detail.add(new Paragraph(t("invitation.accept.explained")));
            actions.add(button("invitation-accept", "invitation.accept", ButtonVariant.LUMO_PRIMARY,
                    () -> invitations.accept(summary.invitation().id()), t("invitation.accepted.done")));
        }
        if (summary.offers(InvitationAction.DECLINE)) {
            actions.add(button("invitation-decline", "invitation.decline", ButtonVariant.LUMO_ERROR,
                    () -> invitations.decline(summary.invitation().id()), t("invitation.declined.done")));
        }
        if (summary.offers(InvitationAction.SHARE_NEEDED)) {
            detail.add(new Paragraph(t("invitation.share.explained")));
            Button share = new Button(t("invitation.share.needed"), click -> shareNeeded(summary));
            share.setId("invitation-share-needed");
            share.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(share);
        }
        detail.add(actions);
        SupplierMatch match = matching.result(summary.invitation().id());
        detail.add(new H3(t("invitation.todo")),
                new MatchReport("todo-report", match, s -> matching.schemeTitle(s, language).orElse(t("criterion.scheme.gone")), getLocale()));
    }

    private void shareNeeded(InvitationSummary summary) {
        List<EvidenceId> shared;
        try {
            shared = matching.shareNeeded(summary.invitation().id());
        } catch (DomainException e) {
            Notices.refused(e);
            return;
        }
        Notices.done(shared.isEmpty() ? t("invitation.share.nothing") : t("invitation.share.done", shared.size()));
        show(summary);
    }

    private Button button(String id, String key, ButtonVariant variant, Runnable change, String done) {
        Button button = new Button(t(key), click -> {
            if (Notices.attempt(change)) {
                Notices.done(done);
                refresh();
            }
        });
        button.setId(id);
        button.addThemeVariants(variant);
        return button;
    }

    private void refresh() {
        detail.removeAll();
        LazyRows.bind(grid, invitations::received);
    }
}
