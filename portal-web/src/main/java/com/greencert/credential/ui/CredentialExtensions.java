package com.greencert.credential.ui;

import static com.greencert.credential.ui.CredentialTexts.t;

import com.greencert.certification.domain.ApplicationId;
import com.greencert.certification.service.ApplicationDetails;
import com.greencert.certification.service.ApplicationSummary;
import com.greencert.certification.ui.ApplicationExtensions;
import com.greencert.credential.service.CredentialService;
import com.greencert.credential.service.CredentialSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * What credentials add to the certification screens: the application page's credentials panel, and the
 * certificate number and live state of the newest credential in every list of applications (looked up once
 * per window of rows the list loads).
 */
@ApplicationScoped
public class CredentialExtensions implements ApplicationExtensions {

    private final CredentialService credentials;

    @Inject
    public CredentialExtensions(CredentialService credentials) {
        this.credentials = credentials;
    }

    @Override
    public Optional<Component> panel(ApplicationDetails details) {
        List<CredentialSummary> issued = credentials.ofApplication(details.application().id());
        if (issued.isEmpty() && !details.application().certificate().issued()) {
            return Optional.empty();
        }
        return Optional.of(new CredentialsPanel(credentials, issued, UI.getCurrent().getLocale()));
    }

    @Override
    public Consumer<List<ApplicationSummary>> addColumns(Grid<ApplicationSummary> grid) {
        Map<ApplicationId, CredentialSummary> newest = new ConcurrentHashMap<>();
        grid.addColumn(s -> Optional.ofNullable(newest.get(s.id())).map(CredentialSummary::certificateNumber)
                .orElse("—")).setHeader(t("credential.number")).setAutoWidth(true);
        grid.addComponentColumn(s -> Optional.ofNullable(newest.get(s.id())).map(CredentialTexts::badge)
                .orElseGet(() -> new Span("—"))).setHeader(t("credential.live.state")).setAutoWidth(true);
        return rows -> {
            if (!rows.isEmpty()) {
                newest.putAll(credentials.newest(rows.stream().map(ApplicationSummary::id).toList()));
            }
        };
    }
}
