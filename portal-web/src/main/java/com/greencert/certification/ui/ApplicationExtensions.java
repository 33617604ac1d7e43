package com.greencert.certification.ui;

import com.greencert.certification.service.ApplicationDetails;
import com.greencert.certification.service.ApplicationSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A port through which later features add to the certification screens without certification depending on
 * them (e.g. the credentials a decision issued): the application page shows each extension's panel, and the
 * lists of applications show each extension's columns. Implementations are CDI beans, found through
 * {@code Instance<ApplicationExtensions>}; there may be none.
 */
public interface ApplicationExtensions {

    /** A panel for the application page, below the certificate (empty: nothing to show for this application). */
    Optional<Component> panel(ApplicationDetails details);

    /**
     * Adds this extension's columns to a list of applications; the returned hook hears every window of rows
     * the list loads, before they are shown, so that the extension can look up what its columns show for all
     * of them at once.
     */
    Consumer<List<ApplicationSummary>> addColumns(Grid<ApplicationSummary> grid);
}
