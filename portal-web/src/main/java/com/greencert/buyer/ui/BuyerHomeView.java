package com.greencert.buyer.ui;

import com.greencert.criteria.ui.BuyerInvitationsView;
import com.greencert.criteria.ui.CriteriaSetsView;
import com.greencert.shared.ui.HomePage;
import com.greencert.shared.ui.MainLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A buyer's start: green procurement criteria, invited suppliers, and credential checks. */
@Route(value = "buyer", layout = MainLayout.class)
@PageTitle("GreenCert")
@RolesAllowed("buyer")
public class BuyerHomeView extends HomePage {

    public BuyerHomeView() {
        super("buyer-home", "buyer.home.title", "buyer.home.intro");
        card("buyer.card.criteria.title", "buyer.card.criteria.text", CriteriaSetsView.class);
        card("buyer.card.suppliers.title", "buyer.card.suppliers.text", BuyerInvitationsView.class);
        card("buyer.card.verify.title", "buyer.card.verify.text", "verify"); // the public verify page
    }
}
