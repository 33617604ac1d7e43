package com.greencert.certification.ui;

import com.greencert.shared.domain.PageRequest;
import static com.greencert.certification.ui.Texts.t;

import com.greencert.certification.domain.Appeal;
import com.greencert.certification.domain.ApplicationAction;
import com.greencert.certification.domain.AuditVisit;
import com.greencert.certification.domain.CoveredItem;
import com.greencert.certification.domain.Criterion;
import com.greencert.certification.domain.Finding;
import com.greencert.certification.domain.Verdict;
import com.greencert.certification.service.AppealService;
import com.greencert.certification.service.ApplicationCommand.*;
import com.greencert.certification.service.ApplicationDetails;
import com.greencert.certification.service.ApplicationService;
import com.greencert.certification.service.ScopeChecks;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.evidence.service.EvidenceEntry;
import com.greencert.evidence.service.EvidenceService;
import com.greencert.shared.caller.Caller;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** One dialog per action the service allows; each builds its command and sends it through the open application. */
class ActionDialogs {

    private final OpenApplication open;
    private final ApplicationService applications;
    private final AppealService appeals;
    private final EvidenceService evidence;
    private final Caller caller;
    private final ScopeChecks checks;

    ActionDialogs(OpenApplication open, ApplicationService applications, AppealService appeals, EvidenceService evidence,
            Caller caller, ScopeChecks checks) {
        this.checks = checks;
        this.open = open;
        this.applications = applications;
        this.appeals = appeals;
        this.evidence = evidence;
        this.caller = caller;
    }

    void open(ApplicationAction action) {
        ApplicationDetails d = open.details();
        ActionDialog dialog = new ActionDialog("dialog-" + action.slug(), Texts.action(action),
                t("application.action." + action.slug() + ".help"));
        switch (action) {
            case SUBMIT -> dialog.onConfirm(() -> open.act(new Submit()));
            case COMPLETE_EVALUATION -> dialog.onConfirm(() -> open.act(new CompleteEvaluation()));
            case COMPLETE_VERIFICATION -> dialog.onConfirm(() -> open.act(new CompleteVerification()));
            case CANCEL -> reason(dialog, "dialog.reason", r -> new Cancel(r));
            case ACCEPT -> reason(dialog, "dialog.note", r -> new Accept(r));
            case RETURN -> reason(dialog, "dialog.reason", r -> new Return(r));
            case SUSPEND -> reason(dialog, "dialog.reason", r -> new Suspend(r));
            case RESTORE -> reason(dialog, "dialog.reason", r -> new Restore(r));
            case WITHDRAW -> reason(dialog, "dialog.reason", r -> new Withdraw(r));
            case REVIEW_CRITERION -> {
                var criterion = criterion(dialog, d);
                var conforms = dialog.check("dialog.conforms", "dialog-conforms", true);
                var note = dialog.text("dialog.note");
                // what the criterion relies on, readable from the dialog; the products' SVHC and UN 38.3 state
                var relied = new CriterionEvidence(d, evidence, checks.of(d));
                relied.show(criterion.getValue());
                criterion.addValueChangeListener(e -> relied.show(e.getValue()));
                dialog.add(relied);
                dialog.setWidth("min(56em, 95vw)");
                dialog.onConfirm(() -> open.act(new ReviewCriterion(code(criterion.getValue()), conforms.getValue(),
                        note.getValue())));
            }
            case PLAN_AUDIT -> {
                var date = dialog.date("dialog.audit.planned", d.asOf());
                var auditor = dialog.choice("dialog.auditor", "dialog-auditor", applications.auditors(d.application().id()),
                        name -> name);
                auditor.setValue(caller.username());
                var mode = dialog.radio("dialog.mode", "dialog-mode", Arrays.asList(AuditVisit.Mode.values()),
                        m -> t("audit.mode." + m.name()), AuditVisit.Mode.ON_SITE);
                dialog.onConfirm(() -> open.act(new PlanAudit(date.getValue(), auditor.getValue(), mode.getValue())));
            }
            case RECORD_AUDIT -> {
                var date = dialog.date("dialog.audit.held", d.asOf());
                // the domain refuses a date before the planned one or after today; the picker shows the same bounds
                d.application().audit().plannedOn().ifPresent(date::setMin);
                date.setMax(d.asOf());
                // only the reports attached to this application, by title; the newest first chosen
                var attached = d.application().auditReports().reversed();
                var report = dialog.choice("dialog.audit.report", "dialog-evidence", attached, EvidenceSection::label);
                if (!attached.isEmpty()) {
                    report.setValue(attached.getFirst());
                }
                dialog.onConfirm(() -> open.act(new RecordAudit(date.getValue(),
                        report.getValue() == null ? null : report.getValue().evidenceId())));
            }
            case ATTACH_AUDIT_REPORT -> {
                // the service offers the reports it accepts: the body's own current ones, not yet attached, by title
                var report = dialog.choice("dialog.audit.report", "dialog-evidence",
                        applications.auditReports(d.application().id()), EvidenceSection::label);
                dialog.add(new com.vaadin.flow.component.html.Paragraph(t("dialog.audit.report.upload.first")));
                dialog.onConfirm(() -> open.act(new AttachAuditReport(
                        report.getValue() == null ? null : report.getValue().evidence().id())));
            }
            case RAISE_FINDING -> {
                var severity = dialog.radio("dialog.severity", "dialog-severity", Arrays.asList(Finding.Severity.values()),
                        s -> t("finding.severity." + s.name()), Finding.Severity.MINOR);
                var criterion = criterion(dialog, d);
                var description = dialog.text("dialog.description");
                var due = dialog.date("dialog.due", d.asOf().plusDays(30));
                dialog.onConfirm(() -> open.act(new RaiseFinding(severity.getValue(), code(criterion.getValue()),
                        description.getValue(), due.getValue())));
            }
            case RESPOND_TO_FINDING -> {
                var finding = finding(dialog, d, Finding.Status.OPEN);
                var correction = dialog.text("dialog.correction");
                var proof = dialog.choice("dialog.correction.evidence", "dialog-evidence", ownEvidence(null),
                        EvidenceSection::label);
                dialog.onConfirm(() -> open.act(new RespondToFinding(finding.getValue() == null ? null
                        : finding.getValue().id(), correction.getValue(),
                        proof.getValue() == null ? null : proof.getValue().evidence().id())));
            }
            case VERIFY_CORRECTION -> {
                var finding = finding(dialog, d, Finding.Status.RESPONDED);
                var effective = dialog.check("dialog.effective", "dialog-effective", true);
                var note = dialog.text("dialog.note");
                dialog.onConfirm(() -> open.act(new VerifyCorrection(finding.getValue() == null ? null
                        : finding.getValue().id(), effective.getValue(), note.getValue())));
            }
            case REVIEW -> {
                var outcome = outcome(dialog, "dialog.recommendation");
                var note = dialog.text("dialog.note");
                dialog.onConfirm(() -> open.act(new Review(outcome.getValue(), note.getValue())));
            }
            case DECIDE -> {
                var outcome = outcome(dialog, "dialog.outcome");
                var scope = scope(dialog, d, d.application().products());
                // a reduced scope is asked for only when the outcome is a reduced grant
                scope.setVisible(outcome.getValue() == Verdict.Outcome.GRANT_REDUCED);
                outcome.addValueChangeListener(e -> scope.setVisible(e.getValue() == Verdict.Outcome.GRANT_REDUCED));
                var reason = dialog.text("dialog.reason");
                dialog.onConfirm(() -> open.act(new Decide(outcome.getValue(), reason.getValue(),
                        outcome.getValue() == Verdict.Outcome.GRANT_REDUCED ? ids(scope.getValue()) : List.of())));
            }
            case RECORD_SURVEILLANCE -> {
                var date = dialog.date("dialog.surveillance.held", d.asOf());
                var ok = dialog.check("dialog.satisfactory", "dialog-satisfactory", true);
                var note = dialog.text("dialog.note");
                dialog.onConfirm(() -> open.act(new RecordSurveillance(date.getValue(), ok.getValue(), note.getValue())));
            }
            case REDUCE_SCOPE -> {
                var scope = scope(dialog, d, d.application().certificate().scope());
                var reason = dialog.text("dialog.reason");
                dialog.onConfirm(() -> open.act(new ReduceScope(ids(scope.getValue()), reason.getValue())));
            }
            case APPEAL -> {
                var grounds = dialog.text("dialog.grounds");
                dialog.onConfirm(() -> open.change(() -> appeals.lodge(d.application().id(), grounds.getValue())));
            }
            case RENEW -> dialog.onConfirm(() -> {
                ApplicationDetails[] next = new ApplicationDetails[1];
                if (!Texts.attempt(() -> next[0] = applications.renew(d.application().id()))) {
                    return false;
                }
                UI.getCurrent().navigate(ApplicationView.class,
                        new RouteParameters(ApplicationView.ID, next[0].application().id().toString()));
                return true;
            });
            case EDIT -> {
                return; // the scope and evidence sections are the editor
            }
        }
        dialog.open();
    }

    void takeUp(Appeal appeal) {
        new ActionDialog("dialog-appeal-take-up", t("appeal.take.up"), t("appeal.take.up.help"))
                .onConfirm(() -> open.change(() -> appeals.takeUp(appeal.id()))).open();
    }

    void closeAppeal(Appeal appeal) {
        ActionDialog dialog = new ActionDialog("dialog-appeal-close", t("appeal.close"), appeal.grounds());
        var upheld = dialog.radio("dialog.appeal.upheld", "dialog-outcome", List.of(true, false),
                b -> t(b ? "appeal.status.UPHELD" : "appeal.status.DISMISSED"), false);
        var outcome = dialog.text("dialog.appeal.outcome");
        dialog.onConfirm(() -> open.change(() -> appeals.close(appeal.id(), upheld.getValue(), outcome.getValue())));
        dialog.open();
    }

    private void reason(ActionDialog dialog, String labelKey, java.util.function.Function<String, ? extends
            com.greencert.certification.service.ApplicationCommand> command) {
        var text = dialog.text(labelKey);
        dialog.onConfirm(() -> open.act(command.apply(text.getValue())));
    }

    private static com.vaadin.flow.component.combobox.ComboBox<Criterion> criterion(ActionDialog dialog,
            ApplicationDetails d) {
        return dialog.choice("dialog.criterion", "dialog-criterion", d.scheme().criteria(),
                c -> c.code() + " — " + c.titleEn());
    }

    private static com.vaadin.flow.component.combobox.ComboBox<Finding> finding(ActionDialog dialog,
            ApplicationDetails d, Finding.Status status) {
        return dialog.choice("dialog.finding", "dialog-finding",
                d.application().findings().stream().filter(f -> f.status() == status).toList(),
                f -> t("finding.severity." + f.severity().name()) + " " + f.criterionCode() + ": " + f.description());
    }

    private static com.vaadin.flow.component.radiobutton.RadioButtonGroup<Verdict.Outcome> outcome(ActionDialog dialog,
            String labelKey) {
        return dialog.radio(labelKey, "dialog-outcome", Arrays.asList(Verdict.Outcome.values()),
                o -> t("verdict.outcome." + o.name()), Verdict.Outcome.GRANT);
    }

    private static com.vaadin.flow.component.combobox.MultiSelectComboBox<CoveredItem> scope(ActionDialog dialog,
            ApplicationDetails d, List<String> productIds) {
        Set<String> wanted = Set.copyOf(productIds);
        return dialog.choices("dialog.scope", "dialog-scope", d.application().scopeItems().stream()
                .filter(i -> i.kind() == CoveredItem.Kind.PRODUCT && wanted.contains(i.itemId())).toList(),
                CoveredItem::label);
    }

    private static List<String> ids(Set<CoveredItem> items) {
        return items.stream().map(CoveredItem::itemId).collect(Collectors.toList());
    }

    private static String code(Criterion c) {
        return c == null ? null : c.code();
    }

    /**
     * The caller's own current evidence (of one type, or all): a body's audit reports, a supplier's vault; the
     * newest {@value PageRequest#MAX_LIMIT} (its own evidence comes first in the list).
     */
    private List<EvidenceEntry> ownEvidence(EvidenceType type) {
        return evidence.list(type, null, PageRequest.of(0, PageRequest.MAX_LIMIT)).items().stream()
                .filter(e -> e.owner().equals(caller.tenantId()) && e.supersededBy().isEmpty()).toList();
    }
}
