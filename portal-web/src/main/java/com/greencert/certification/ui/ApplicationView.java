package com.greencert.certification.ui;

import com.greencert.shared.domain.PageRequest;
import static com.greencert.certification.ui.Texts.t;

import com.greencert.certification.domain.ApplicationAction;
import com.greencert.certification.domain.ApplicationId;
import com.greencert.certification.service.AppealService;
import com.greencert.certification.service.ApplicationCommand;
import com.greencert.certification.service.ApplicationDetails;
import com.greencert.certification.service.ApplicationService;
import com.greencert.certification.service.ScopeChecks;
import com.greencert.evidence.service.EvidenceService;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.domain.DomainException;
import com.greencert.shared.ui.MainLayout;
import com.greencert.shared.ui.Notices;
import com.greencert.supplier.service.FacilityService;
import com.greencert.supplier.service.ProductService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * One application: where it stands, what it covers and carries, the evaluation, the verdict, the certificate
 * and the trail. The action buttons are exactly the service's {@code allowedActions}; each opens a dialog
 * asking for what its command needs and sends it with the version this view loaded.
 */
@Route(value = "applications/:" + ApplicationView.ID, layout = MainLayout.class)
@PageTitle("GreenCert")
@RolesAllowed({"supplier", "assessor", "reviewer", "decision-maker"})
public class ApplicationView extends VerticalLayout implements BeforeEnterObserver, OpenApplication {

    static final String ID = "id";

    private final ApplicationService applications;
    private final ProductService products;
    private final FacilityService facilities;
    private final EvidenceService evidence;
    private final Caller caller;
    private final ActionDialogs dialogs;
    private final Instance<ApplicationExtensions> extensions;
    private final Div content = new Div();
    private ApplicationId id;
    private ApplicationDetails details;

    @Inject
    public ApplicationView(ApplicationService applications, AppealService appeals, ProductService products,
            FacilityService facilities, EvidenceService evidence, CallerContext callers,
            Instance<ApplicationExtensions> extensions, ScopeChecks checks) {
        this.extensions = extensions;
        this.applications = applications;
        this.products = products;
        this.facilities = facilities;
        this.evidence = evidence;
        this.caller = callers.require();
        this.dialogs = new ActionDialogs(this, applications, appeals, evidence, caller, checks);
        setId("application");
        content.setWidthFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = ApplicationId.parse(event.getRouteParameters().get(ID).orElse(""));
            reload();
        } catch (DomainException e) {
            content.removeAll();
            content.add(new Paragraph(t("application.not.found")));
            Notices.refused(e);
        }
    }

    @Override
    public ApplicationDetails details() {
        return details;
    }

    @Override
    public boolean act(ApplicationCommand command) {
        return change(() -> applications.act(id, details.application().version(), command));
    }

    @Override
    public boolean change(Runnable change) {
        if (!Texts.attempt(change)) {
            return false;
        }
        Notices.done(t("application.done"));
        reload();
        return true;
    }

    @Override
    public void reload() {
        details = applications.get(id);
        content.removeAll();
        boolean editable = details.allowedActions().contains(ApplicationAction.EDIT);
        content.add(header(), actions(),
                new ScopeSection(this, editable ? products::list : null,
                        editable ? facilities.list(PageRequest.of(0, PageRequest.MAX_LIMIT)).items() : null),
                // the newest pieces of the supplier's own evidence (its own come first in the list)
                new EvidenceSection(this, editable ? evidence.list(null, null, PageRequest.of(0, PageRequest.MAX_LIMIT))
                        .items().stream().filter(e -> e.owner().equals(caller.tenantId()) && e.supersededBy().isEmpty())
                        .toList() : null, evidence),
                new EvaluationSections(details, caller.tenantId().equals(details.application().body()) ? evidence : null), new OutcomeSections(details, dialogs,
                        extensions.stream().flatMap(extension -> extension.panel(details).stream()).toList()));
    }

    private VerticalLayout header() {
        var app = details.application();
        H2 title = new H2(Texts.scheme(details.scheme(), getLocale(), details.bodyName().in(getLocale())));
        title.setId("application-title");
        Span status = Texts.status(details.status());
        status.setId("application-status");
        Span next = new Span(t("application.next.step") + ": " + Texts.nextStep(details.nextStep()));
        next.setId("application-next-step");
        Span version = new Span(t("application.version", app.version()));
        version.setId("application-version");
        Button reload = new Button(t("application.reload"), VaadinIcon.REFRESH.create(), click -> reload());
        reload.setId("application-reload");
        reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout line = new HorizontalLayout(status, next, version, reload);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        Paragraph parties = new Paragraph(t("application.parties", details.supplierName().in(getLocale()),
                details.bodyName().in(getLocale()),
                app.id().reference()));
        parties.setId("application-parties");
        VerticalLayout header = new VerticalLayout(title, parties, line);
        details.blocker().ifPresent(b -> {
            Span why = Texts.blocker(b, getLocale());
            why.setId("application-blocked");
            header.add(why);
        });
        header.setPadding(false);
        return header;
    }

    private HorizontalLayout actions() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("application-actions");
        bar.setWrap(true);
        for (ApplicationAction action : details.allowedActions()) {
            if (action == ApplicationAction.EDIT) {
                continue; // editing happens in the scope and evidence sections
            }
            Button button = new Button(Texts.action(action), click -> dialogs.open(action));
            button.setId("action-" + action.slug());
            if (action == details.allowedActions().stream().filter(a -> a != ApplicationAction.EDIT).findFirst()
                    .orElse(null)) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            bar.add(button);
        }
        return bar;
    }
}
