package com.greencert.certification.ui;

import static com.greencert.certification.ui.Texts.t;

import com.greencert.certification.domain.AttachedEvidence;
import com.greencert.certification.domain.AuditVisit;
import com.greencert.certification.domain.CertificationApplication;
import com.greencert.certification.domain.Criterion;
import com.greencert.certification.domain.CriterionReview;
import com.greencert.certification.domain.Finding;
import com.greencert.certification.service.ApplicationDetails;
import com.greencert.evidence.service.EvidenceService;
import com.greencert.evidence.ui.EvidenceLinks;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The evaluation: each criterion with its document-review verdict, the audit, and the findings. */
class EvaluationSections extends VerticalLayout {

    /** {@code evidence} links the attached audit reports for their owner, the body; null shows their titles only. */
    EvaluationSections(ApplicationDetails details, EvidenceService evidence) {
        setPadding(false);
        CertificationApplication app = details.application();
        add(new H3(t("application.criteria")), criteria(details), new H3(t("application.audit")), audit(app.audit(), details));
        if (!app.auditReports().isEmpty()) {
            add(reports(app.auditReports(), evidence));
        }
        add(new H3(t("application.findings")), findings(app, details.asOf()));
    }

    private static Grid<AttachedEvidence> reports(List<AttachedEvidence> reports, EvidenceService evidence) {
        Grid<AttachedEvidence> grid = new Grid<>();
        grid.setId("audit-reports-grid");
        grid.addColumn(AttachedEvidence::title).setHeader(t("audit.reports.attached")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(e -> Texts.date(e.issuedOn())).setHeader(t("evidence.issued.on")).setAutoWidth(true);
        if (evidence != null) {
            grid.addComponentColumn(e -> EvidenceLinks.of(evidence, e.evidenceId())).setHeader(t("application.evidence.read"))
                    .setAutoWidth(true);
        }
        grid.setItems(reports);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<Criterion> criteria(ApplicationDetails details) {
        Map<String, CriterionReview> reviews = details.application().criterionReviews().stream()
                .collect(Collectors.toMap(CriterionReview::criterionCode, Function.identity(), (a, b) -> b));
        Grid<Criterion> grid = new Grid<>();
        grid.setId("criteria-grid");
        grid.addColumn(Criterion::code).setHeader(t("criterion.code")).setAutoWidth(true);
        grid.addColumn(c -> title(c)).setHeader(t("criterion.title")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(CriteriaTexts::types).setHeader(t("criterion.evidence.types")).setAutoWidth(true);
        grid.addColumn(CriteriaTexts::threshold).setHeader(t("criterion.threshold")).setAutoWidth(true);
        grid.addColumn(c -> review(reviews.get(c.code()))).setHeader(t("criterion.review")).setAutoWidth(true);
        grid.addColumn(c -> reviews.containsKey(c.code()) ? reviews.get(c.code()).note().orElse("") : "")
                .setHeader(t("criterion.review.note")).setAutoWidth(true);
        grid.setItems(details.scheme().criteria());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String title(Criterion c) {
        return "zh".equals(getLocale().getLanguage()) ? c.titleZh().orElse(c.titleEn()) : c.titleEn();
    }

    private static String review(CriterionReview r) {
        if (r == null) {
            return t("criterion.review.pending");
        }
        return t(r.conforms() ? "criterion.review.conforms" : "criterion.review.not.conforms") + " — " + r.reviewedBy();
    }

    private static Paragraph audit(AuditVisit audit, ApplicationDetails details) {
        Paragraph p = new Paragraph(!audit.planned() ? t("audit.none")
                : t("audit.summary", Texts.date(audit.plannedOn()), audit.auditor().orElse("—"),
                        audit.mode().map(m -> t("audit.mode." + m.name())).orElse("—"), Texts.date(audit.heldOn()),
                        audit.report().map(r -> details.auditReportTitle().orElse(t("audit.report.recorded"))).orElse("—")));
        p.setId("audit");
        return p;
    }

    private static Grid<Finding> findings(CertificationApplication app, LocalDate asOf) {
        Grid<Finding> grid = new Grid<>();
        grid.setId("findings-grid");
        grid.addColumn(f -> t("finding.severity." + f.severity().name())).setHeader(t("finding.severity"))
                .setAutoWidth(true);
        grid.addColumn(Finding::criterionCode).setHeader(t("finding.criterion")).setAutoWidth(true);
        grid.addColumn(Finding::description).setHeader(t("finding.description")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(f -> Texts.date(f.dueOn())).setHeader(t("finding.due")).setAutoWidth(true);
        grid.addColumn(f -> t("finding.status." + f.status().name())).setHeader(t("finding.status")).setAutoWidth(true);
        grid.addColumn(f -> f.correction().orElse("—")).setHeader(t("finding.correction")).setAutoWidth(true);
        grid.addColumn(f -> f.verificationNote().orElse("—")).setHeader(t("finding.verification")).setAutoWidth(true);
        grid.setPartNameGenerator(f -> f.overdue(asOf) ? "gc-overdue" : null);
        grid.setItems(app.findings());
        grid.setAllRowsVisible(true);
        return grid;
    }
}
