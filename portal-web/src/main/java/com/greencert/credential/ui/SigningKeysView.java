package com.greencert.credential.ui;

import static com.greencert.credential.ui.CredentialTexts.t;

import com.greencert.credential.service.SigningKeyService;
import com.greencert.credential.service.SigningKeyView;
import com.greencert.shared.domain.DomainException;
import com.greencert.shared.ui.MainLayout;
import com.greencert.shared.ui.Notices;
import com.greencert.tenant.domain.TenantType;
import com.greencert.tenant.service.TenantService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * A certification body's signing keys, for its administrator: which key signs new credentials, which signed
 * how many, which are retired or compromised (and why); rotate to a new key, or mark one compromised (every
 * credential it signed then fails verification), each after a dialog saying what follows.
 */
@Route(value = "signing-keys", layout = MainLayout.class)
@PageTitle("GreenCert")
@RolesAllowed("tenant-admin")
public class SigningKeysView extends VerticalLayout {

    private final SigningKeyService keys;
    private final Grid<SigningKeyView> grid = new Grid<>();

    @Inject
    public SigningKeysView(SigningKeyService keys, TenantService tenants) {
        this.keys = keys;
        setId("signing-keys");
        add(new H2(t("keys.title")));
        if (tenants.currentTenant().type() != TenantType.CERTIFICATION_BODY) {
            Paragraph note = new Paragraph(t("keys.body.only"));
            note.setId("signing-keys-body-only");
            add(note);
            return;
        }
        Button rotate = new Button(t("keys.rotate"), click -> KeyDialogs.rotate(() -> change(keys::rotate, "keys.rotated")));
        rotate.setId("key-rotate");
        rotate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(t("keys.intro")), rotate, grid());
        refresh();
    }

    private Grid<SigningKeyView> grid() {
        grid.setId("signing-keys-grid");
        grid.addComponentColumn(SigningKeysView::keyName).setHeader(t("keys.key")).setAutoWidth(true);
        grid.addColumn(SigningKeyView::algorithm).setHeader(t("keys.algorithm")).setAutoWidth(true);
        grid.addColumn(k -> CredentialTexts.date(k.createdAt())).setHeader(t("keys.created")).setAutoWidth(true);
        grid.addColumn(k -> CredentialTexts.date(k.retiredAt())).setHeader(t("keys.retired")).setAutoWidth(true);
        grid.addColumn(k -> k.compromisedAt().map(at -> t("keys.compromised.on", CredentialTexts.date(at),
                k.compromiseReason().orElse("—"))).orElse("—")).setHeader(t("keys.compromised")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(SigningKeyView::credentialsSigned).setHeader(t("keys.signed")).setAutoWidth(true);
        grid.addComponentColumn(SigningKeysView::state).setHeader(t("keys.state")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The key's own part of its DID URL, shortened when long; the whole DID URL on hover. */
    static String shortName(String keyId) {
        String fragment = keyId.contains("#") ? keyId.substring(keyId.lastIndexOf('#') + 1) : keyId;
        return fragment.length() <= 16 ? fragment
                : fragment.substring(0, 8) + "…" + fragment.substring(fragment.length() - 4);
    }

    private static Span keyName(SigningKeyView k) {
        Span name = new Span(t("keys.key.name", shortName(k.keyId())));
        name.setTitle(k.keyId());
        name.addClassName("gc-hash");
        return name;
    }

    private static Span state(SigningKeyView k) {
        Span badge = new Span(t(k.compromisedAt().isPresent() ? "keys.state.compromised"
                : k.current() ? "keys.state.current" : "keys.state.retired"));
        badge.addClassNames("gc-badge", k.compromisedAt().isPresent() ? "gc-badge-expired"
                : k.current() ? "gc-badge-valid" : "gc-badge-no-expiry");
        return badge;
    }

    private Component actions(SigningKeyView k) {
        if (k.compromisedAt().isPresent()) {
            return new Span();
        }
        Button compromised = new Button(t("keys.mark.compromised"), click -> KeyDialogs.compromise(k,
                reason -> change(() -> keys.markCompromised(k.keyId(), reason), "keys.marked.compromised")));
        compromised.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        compromised.addClassName("key-mark-compromised");
        return compromised;
    }

    /** Runs a change, tells the outcome in words, and shows the keys as they are now. */
    private boolean change(Supplier<SigningKeyView> change, String doneKey) {
        try {
            change.get();
        } catch (DomainException e) {
            Notices.refused(e);
            return false;
        }
        Notices.done(t(doneKey));
        refresh();
        return true;
    }

    private void refresh() {
        grid.setItems(keys.keys());
        grid.recalculateColumnWidths(); // a retired or compromised date may now need more room
    }
}
