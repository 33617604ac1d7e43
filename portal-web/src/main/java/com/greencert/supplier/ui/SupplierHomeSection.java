package com.greencert.supplier.ui;

import com.vaadin.flow.component.Component;

/**
 * A line another feature adds to the exporter's home page (certification: how many applications wait for
 * the supplier). The home page shows every such section after its own summary, so the supplier's pages do
 * not depend on the features that build on the supplier's record.
 */
public interface SupplierHomeSection {

    /** The section's component, made afresh for each home page. */
    Component create();
}
