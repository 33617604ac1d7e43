package com.greencert.certification.ui;

import com.vaadin.flow.component.Component;

/**
 * A part another feature adds to the certification body's home page (reminders: what falls due). The home page
 * shows every such section after its queue counts, so the certification pages do not depend on those features.
 */
public interface CertificationBodyHomeSection {

    /** The section's component, made afresh for each home page. */
    Component create();
}
