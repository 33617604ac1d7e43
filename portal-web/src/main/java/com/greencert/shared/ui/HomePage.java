package com.greencert.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The common shape of a role's home page: a heading, a welcome line, and cards of what to do. */
public abstract class HomePage extends VerticalLayout {

    private final Div cards = new Div();

    protected HomePage(String id, String titleKey, String introKey) {
        setId(id);
        addClassName("gc-home");
        H2 title = new H2(getTranslation(titleKey));
        title.setId("home-title");
        cards.addClassName("gc-cards");
        add(title, new Paragraph(getTranslation(introKey)), cards);
    }

    protected void card(String titleKey, String textKey) {
        Div card = new Div(new H3(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)));
        card.addClassName("gc-card");
        cards.add(card);
    }
}
