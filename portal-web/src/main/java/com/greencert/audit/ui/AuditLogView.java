package com.greencert.audit.ui;

import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.ui.LazyRows;
import com.greencert.audit.domain.ChainVerification;
import com.greencert.audit.service.AuditEntryView;
import com.greencert.audit.service.AuditTrail;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.DomainException;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.ui.LanguagePreference;
import com.greencert.shared.ui.MainLayout;
import com.greencert.shared.ui.Notices;
import com.greencert.tenant.domain.Tenant;
import com.greencert.tenant.service.TenantService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A tenant's tamper-evident audit log: a button that checks the whole hash chain and says whether it is
 * intact or which entry was altered or deleted, and the newest entries (loaded page by page while
 * scrolling; the hash shortened, in full on hover). The platform operator chooses the tenant.
 */
@Route(value = "audit", layout = MainLayout.class)
@PageTitle("GreenCert")
@RolesAllowed({"tenant-admin", "platform-admin"})
public class AuditLogView extends VerticalLayout {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final AuditTrail audit;
    private final Grid<AuditEntryView> grid = new Grid<>();
    private final Span result = new Span();
    private TenantId ledger;

    @Inject
    public AuditLogView(AuditTrail audit, CallerContext callers, TenantService tenants) {
        this.audit = audit;
        Caller caller = callers.require();
        this.ledger = caller.tenantId();
        setId("audit-log");
        result.setId("audit-result");
        Button verify = new Button(getTranslation("audit.verify"), click -> verify());
        verify.setId("audit-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (caller.has(Role.PLATFORM_ADMIN)) {
            bar.add(ledgerChooser(tenants));
        } else {
            bar.add(new Span(getTranslation("audit.ledger.own", tenants.currentTenant()
                    .displayName(LanguagePreference.language(getLocale())))));
        }
        bar.add(verify);
        add(new H2(getTranslation("nav.audit")), new Paragraph(getTranslation("audit.intro")), bar, result, grid());
        setSizeFull();
        refresh();
    }

    private Component ledgerChooser(TenantService tenants) {
        String language = LanguagePreference.language(getLocale());
        ComboBox<Tenant> chooser = new ComboBox<>(getTranslation("audit.ledger"));
        chooser.setId("audit-ledger");
        // filtered and paged in the database as the administrator types and scrolls
        chooser.setItems(query -> tenants.list(PageRequest.of(query.getOffset(), Math.min(query.getLimit(),
                PageRequest.MAX_LIMIT)), query.getFilter().orElse(null)).items().stream());
        chooser.setItemLabelGenerator(t -> t.displayName(language) + " (" + t.id().value() + ")");
        chooser.setWidth("28rem");
        chooser.setValue(tenants.currentTenant());
        chooser.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                ledger = e.getValue().id();
                refresh();
            }
        });
        return chooser;
    }

    private Grid<AuditEntryView> grid() {
        grid.setId("audit-grid");
        grid.addColumn(e -> "#" + e.seq()).setHeader(getTranslation("audit.seq")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> UTC.format(e.occurredAt().truncatedTo(ChronoUnit.SECONDS)))
                .setHeader(getTranslation("audit.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntryView::actorUsername).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(AuditEntryView::actorTenant).setHeader(getTranslation("audit.tenant")).setAutoWidth(true);
        grid.addColumn(e -> action(e.action())).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> text("audit.subject." + e.subjectType(), e.subjectType()) + " " + e.subjectId())
                .setHeader(getTranslation("audit.subject")).setAutoWidth(true);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("audit.detail"));
        grid.addComponentColumn(AuditLogView::hash).setHeader(getTranslation("audit.hash")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setMinHeight("20rem");
        setFlexGrow(1, grid);
        return grid;
    }

    /** An action in the reader's words: an application's step by its name in the workflow, others by key. */
    private String action(String action) {
        return action.startsWith("application.")
                ? text("application.action." + action.substring("application.".length()), action)
                : text("audit.action." + action, action);
    }

    /** The translation of a key, or the recorded word when the log holds one the portal has no text for. */
    private String text(String key, String recorded) {
        String text = getTranslation(key);
        return text == null || text.contains(key) ? recorded : text;
    }

    private void refresh() {
        result.setText("");
        result.removeClassNames("gc-audit-intact", "gc-audit-broken");
        TenantId current = ledger;
        // loaded lazily, page by page, as the person scrolls
        LazyRows.bind(grid, page -> audit.recent(current, page));
    }

    private void verify() {
        try {
            show(audit.verify(ledger));
        } catch (DomainException e) {
            Notices.refused(e);
        }
    }

    private void show(ChainVerification v) {
        result.removeClassNames("gc-audit-intact", "gc-audit-broken");
        if (v.intact()) {
            result.setText(getTranslation("audit.intact", String.valueOf(v.checked())));
            result.addClassName("gc-audit-intact");
            return;
        }
        String reason = getTranslation("audit.reason." + v.reason().name());
        result.setText(v.brokenEntryId() == null
                ? getTranslation("audit.broken.gone", String.valueOf(v.brokenSeq()), reason)
                : getTranslation("audit.broken", String.valueOf(v.brokenSeq()), v.brokenEntryId(), reason));
        result.addClassName("gc-audit-broken");
    }

    private static Span hash(AuditEntryView e) {
        Span hash = new Span(e.hash().substring(0, 12) + "…");
        hash.getElement().setAttribute("title", e.hash());
        hash.addClassName("gc-hash");
        return hash;
    }
}
