package com.greencert.certification.ui;

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
import jakarta.inject.Inject;
import java.util.List;
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

    @Inject
    public ApplicationsView(ApplicationService applications, SchemeService schemes, CallerContext callers) {
        setId("applications");
        add(new H2(t("nav.applications")));
        if (callers.require().has(Role.SUPPLIER)) {
            add(new NewApplicationForm(applications, schemes.list()), new H3(t("application.mine")),
                    new ApplicationGrid("applications-grid", applications.list()));
        } else {
            add(queues(applications.queues(), applications.list()));
        }
    }

    private TabSheet queues(Map<WorkQueue, List<ApplicationSummary>> queues, List<ApplicationSummary> all) {
        TabSheet sheet = new TabSheet();
        sheet.setId("work-queues");
        sheet.setWidthFull();
        for (WorkQueue queue : WorkQueue.values()) {
            List<ApplicationSummary> items = queues.getOrDefault(queue, List.of());
            String slug = slug(queue);
            Tab tab = sheet.add(t("queue." + slug, items.size()), new ApplicationGrid("queue-grid-" + slug, items));
            tab.setId("queue-" + slug);
        }
        Tab tab = sheet.add(t("queue.all", all.size()), new ApplicationGrid("queue-grid-all", all));
        tab.setId("queue-all");
        return sheet;
    }

    static String slug(WorkQueue queue) {
        return queue.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
