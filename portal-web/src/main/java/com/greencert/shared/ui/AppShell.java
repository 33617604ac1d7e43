package com.greencert.shared.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page around every view: Lumo plus GreenCert's own plain CSS (no frontend build needed). */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/greencert.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("GreenCert");
    }
}
