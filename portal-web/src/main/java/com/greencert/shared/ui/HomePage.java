package com.greencert.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;

/**
 * The common shape of a role's home page: a heading, a welcome line, cards that each lead to the screen they
 * name, and, as plain text (not cards), what the portal does not offer a screen for yet. A card is always a link.
 */
public abstract class HomePage extends VerticalLayout {

    private final Div cards = new Div();
    private final Div notes = new Div();

    protected HomePage(String id, String titleKey, String introKey) {
        setId(id);
        addClassName("gc-home");
        H2 title = new H2(getTranslation(titleKey));
        title.setId("home-title");
        cards.addClassName("gc-cards");
        notes.addClassName("gc-notes");
        add(title, new Paragraph(getTranslation(introKey)), cards, notes);
    }

    /** A card that opens a view of the portal. */
    protected void card(String titleKey, String textKey, Class<? extends Component> view) {
        RouterLink link = new RouterLink(view);
        link.add(new H3(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)));
        link.addClassName("gc-card");
        cards.add(link);
    }

    /**
     * A card that opens an address of the portal: a page outside the signed-in frame (the public verify page),
     * or a view named by its address where naming its class would tie two features together.
     */
    protected void card(String titleKey, String textKey, String href) {
        Anchor link = new Anchor(href, new H3(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)));
        link.addClassName("gc-card");
        cards.add(link);
    }

    /** Plain text for something without a screen of its own: it does not look like something to click. */
    protected void note(String titleKey, String textKey) {
        Div note = new Div(new H3(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)));
        note.addClassName("gc-note");
        notes.add(note);
    }
}
