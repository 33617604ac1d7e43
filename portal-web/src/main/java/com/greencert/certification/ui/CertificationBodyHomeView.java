package com.greencert.certification.ui;

import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.Page;
import com.greencert.certification.service.ApplicationService;
import com.greencert.certification.service.ApplicationSummary;
import com.greencert.certification.domain.WorkQueue;
import com.greencert.shared.ui.HomePage;
import com.greencert.shared.ui.MainLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;

/** A certification body's start: its work queues from application review to decision, with counts. */
@Route(value = "certification", layout = MainLayout.class)
@PageTitle("GreenCert")
@RolesAllowed({"assessor", "reviewer", "decision-maker"})
public class CertificationBodyHomeView extends HomePage {

    @Inject
    public CertificationBodyHomeView(ApplicationService applications, Instance<CertificationBodyHomeSection> sections) {
        super("certification-home", "cb.home.title", "cb.home.intro");
        Map<WorkQueue, Page<ApplicationSummary>> queues = applications.queues(PageRequest.of(0, 1));
        Div counts = new Div();
        counts.setId("queue-counts");
        counts.addClassName("gc-queue-counts");
        for (WorkQueue queue : WorkQueue.values()) {
            String slug = ApplicationsView.slug(queue);
            RouterLink link = new RouterLink(getTranslation("queue." + slug, queues.get(queue).total()),
                    ApplicationsView.class);
            link.setId("queue-count-" + slug);
            counts.add(link);
        }
        add(counts);
        sections.forEach(section -> add(section.create()));
        card("cb.card.review.title", "cb.card.review.text", ApplicationsView.class);
        card("cb.card.evaluate.title", "cb.card.evaluate.text", ApplicationsView.class);
        card("cb.card.decide.title", "cb.card.decide.text", ApplicationsView.class);
    }
}
