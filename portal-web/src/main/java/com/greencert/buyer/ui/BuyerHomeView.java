package com.greencert.buyer.ui;

import com.greencert.criteria.service.BuyerDashboard;
import com.greencert.criteria.service.BuyerFigures;
import com.greencert.criteria.ui.BuyerInvitationsView;
import com.greencert.criteria.ui.CriteriaSetsView;
import com.greencert.criteria.ui.WatchListView;
import com.greencert.shared.ui.HomePage;
import com.greencert.shared.ui.MainLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/** A buyer's start: its figures, green procurement criteria, invited suppliers, the watch list, credential checks. */
@Route(value = "buyer", layout = MainLayout.class)
@PageTitle("GreenCert")
@RolesAllowed("buyer")
public class BuyerHomeView extends HomePage {

    @Inject
    public BuyerHomeView(BuyerDashboard dashboard) {
        super("buyer-home", "buyer.home.title", "buyer.home.intro");
        BuyerFigures f = dashboard.figures();
        Paragraph figures = new Paragraph(getTranslation("buyer.home.figures", f.invited(), f.passing(), f.failing(),
                f.unknown(), f.alerts()));
        figures.setId("buyer-figures");
        addComponentAtIndex(2, figures);
        card("buyer.card.criteria.title", "buyer.card.criteria.text", CriteriaSetsView.class);
        card("buyer.card.suppliers.title", "buyer.card.suppliers.text", BuyerInvitationsView.class);
        card("buyer.card.watch.title", "buyer.card.watch.text", WatchListView.class);
        card("buyer.card.verify.title", "buyer.card.verify.text", "verify"); // the public verify page
    }
}
