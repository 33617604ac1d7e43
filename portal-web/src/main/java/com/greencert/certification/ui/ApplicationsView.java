package com.greencert.certification.ui;

import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.Page;
import static com.greencert.certification.ui.Texts.t;

import com.greencert.certification.service.ApplicationService;
import com.greencert.certification.service.ApplicationSummary;
import com.greencert.certification.service.SchemeService;
import com.greencert.certification.domain.WorkQueue;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.ui.MainLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;

/**
 * Applications for certification. A supplier sees its own (status, what is next and by when, overdue ones
 * marked) and starts new ones; a certification body's staff work from their queues.
 */
@Route(value = "applications", layout = MainLayout.class)
@PageTitle("GreenCert")
@RolesAllowed({"supplier", "assessor", "reviewer", "decision-maker"})
public class ApplicationsView extends VerticalLayout {

    private final Instance<ApplicationExtensions> extensions;

    @Inject
    public ApplicationsView(ApplicationService applications, SchemeService schemes, CallerContext callers,
            Instance<ApplicationExtensions> extensions) {
        this.extensions = extensions;
        setId("applications");
        add(new H2(t("nav.applications")));
        if (callers.require().has(Role.SUPPLIER)) {
            add(new NewApplicationForm(applications, schemes.offered()),
                    new H3(t("application.mine")), new ApplicationGrid("applications-grid", applications::list, true, extensions));
        } else {
            add(queues(applications));
        }
    }

    /** One tab per queue, titled with its size; each grid pages its queue from the database when shown. */
    private TabSheet queues(ApplicationService applications) {
        TabSheet sheet = new TabSheet();
        sheet.setId("work-queues");
        sheet.setWidthFull();
        Map<WorkQueue, Page<ApplicationSummary>> sizes = applications.queues(PageRequest.of(0, 1));
        for (WorkQueue queue : WorkQueue.values()) {
            String slug = slug(queue);
            Tab tab = sheet.add(t("queue." + slug, sizes.get(queue).total()),
                    new ApplicationGrid("queue-grid-" + slug, page -> applications.queue(queue, page), false,
                            extensions));
            tab.setId("queue-" + slug);
        }
        Tab tab = sheet.add(t("queue.all", applications.list(PageRequest.of(0, 1)).total()),
                new ApplicationGrid("queue-grid-all", applications::list, true, extensions));
        tab.setId("queue-all");
        return sheet;
    }

    static String slug(WorkQueue queue) {
        return queue.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
