package com.greencert.certification.service;

import com.greencert.certification.domain.ApplicationAction;
import com.greencert.certification.domain.AuditVisit;
import com.greencert.certification.domain.Finding;
import com.greencert.certification.domain.FindingId;
import com.greencert.certification.domain.Verdict;
import com.greencert.evidence.domain.EvidenceId;
import java.time.LocalDate;
import java.util.List;

/**
 * One thing someone asks to do to an application, with what it needs. Each names its
 * {@link ApplicationAction}, the entry of the rule table that decides who may do it when.
 */
public sealed interface ApplicationCommand {

    ApplicationAction action();

    record Cover(List<String> productIds, List<String> facilityIds) implements ApplicationCommand {
        public ApplicationAction action() { return ApplicationAction.EDIT; }
    }

    record Attach(EvidenceId evidence) implements ApplicationCommand {
        public ApplicationAction action() { return ApplicationAction.EDIT; }
    }

    record Detach(EvidenceId evidence) implements ApplicationCommand {
        public ApplicationAction action() { return ApplicationAction.EDIT; }
    }

    record Submit() implements ApplicationCommand {
        public ApplicationAction action() { return ApplicationAction.SUBMIT; }
    }

    record Cancel(String reason) implements ApplicationCommand {
        public ApplicationAction action() { return ApplicationAction.CANCEL; }
    }

    record Accept(String note) implements ApplicationCommand {
        public ApplicationAction action() { return ApplicationAction.ACCEPT; }
    }

    record Return(String reason) implements ApplicationCommand {
        public ApplicationAction action() { return ApplicationAction.RETURN; }
    }

    record ReviewCriterion(String criterion, boolean conforms, String note) implements ApplicationCommand {
        public ApplicationAction action() { return ApplicationAction.REVIEW_CRITERION; }
    }

    record PlanAudit(LocalDate plannedOn, String auditor, AuditVisit.Mode mode) implements ApplicationCommand {
        public ApplicationAction action() { return ApplicationAction.PLAN_AUDIT; }
    }

    record AttachAuditReport(EvidenceId report) implements ApplicationCommand {
        public ApplicationAction action() { return ApplicationAction.ATTACH_AUDIT_REPORT; }
    }

    record RecordAudit(LocalDate heldOn, EvidenceId report) implements ApplicationCommand {
        public ApplicationAction action() { return ApplicationAction.RECORD_AUDIT; }
    }

    record RaiseFinding(Finding.Severity severity, String criterion, String description, LocalDate dueOn)
            implements ApplicationCommand {
        public ApplicationAction action() { return ApplicationAction.RAISE_FINDING; }
    }

    record CompleteEvaluation() implements ApplicationCommand {
        public ApplicationAction action() { return ApplicationAction.COMPLETE_EVALUATION; }
    }

    record RespondToFinding(FindingId finding, String correction, EvidenceId evidence) implements ApplicationCommand {
        public ApplicationAction action() { return ApplicationAction.RESPOND_TO_FINDING; }
    }

    record VerifyCorrection(FindingId finding, boolean effective, String note) implements ApplicationCommand {
        public ApplicationAction action() { return ApplicationAction.VERIFY_CORRECTION; }
    }

    record CompleteVerification() implements ApplicationCommand {
        public ApplicationAction action() { return ApplicationAction.COMPLETE_VERIFICATION; }
    }

    record Review(Verdict.Outcome recommendation, String note) implements ApplicationCommand {
        public ApplicationAction action() { return ApplicationAction.REVIEW; }
    }

    record Decide(Verdict.Outcome outcome, String reason, List<String> scope) implements ApplicationCommand {
        public ApplicationAction action() { return ApplicationAction.DECIDE; }
    }

    record RecordSurveillance(LocalDate heldOn, boolean satisfactory, String note) implements ApplicationCommand {
        public ApplicationAction action() { return ApplicationAction.RECORD_SURVEILLANCE; }
    }

    record Suspend(String reason) implements ApplicationCommand {
        public ApplicationAction action() { return ApplicationAction.SUSPEND; }
    }

    record Restore(String reason) implements ApplicationCommand {
        public ApplicationAction action() { return ApplicationAction.RESTORE; }
    }

    record Withdraw(String reason) implements ApplicationCommand {
        public ApplicationAction action() { return ApplicationAction.WITHDRAW; }
    }

    record ReduceScope(List<String> scope, String reason) implements ApplicationCommand {
        public ApplicationAction action() { return ApplicationAction.REDUCE_SCOPE; }
    }
}
