package com.greencert.certification.ui;

import com.greencert.shared.ui.HomePage;
import com.greencert.shared.ui.MainLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A certification body's start: its work queues from application review to decision. */
@Route(value = "certification", layout = MainLayout.class)
@PageTitle("GreenCert")
@RolesAllowed({"assessor", "reviewer", "decision-maker"})
public class CertificationBodyHomeView extends HomePage {

    public CertificationBodyHomeView() {
        super("certification-home", "cb.home.title", "cb.home.intro");
        card("cb.card.review.title", "cb.card.review.text");
        card("cb.card.evaluate.title", "cb.card.evaluate.text");
        card("cb.card.decide.title", "cb.card.decide.text");
    }
}
