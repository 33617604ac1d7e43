package com.greencert.certification.service;

import com.greencert.certification.domain.Appeal;
import com.greencert.certification.domain.AppealId;
import com.greencert.certification.domain.ApplicationAction;
import com.greencert.certification.domain.ApplicationStatus;
import com.greencert.certification.domain.Blocker;
import com.greencert.certification.domain.CertificationApplication;
import com.greencert.certification.domain.MissingEvidence;
import com.greencert.certification.domain.NextStep;
import com.greencert.certification.domain.Scheme;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An application as the caller sees it on the service's date ({@code asOf}, from its clock): the aggregate, its scheme version, its status on the
 * clock's date, what the caller may do next (the list the API and the views offer), what is still missing,
 * who must act next and, if the caller cannot take that step, why not, its appeals with what the caller may do to each, and what the two parties are called.
 */
public record ApplicationDetails(CertificationApplication application, Scheme scheme, LocalDate asOf, ApplicationStatus status,
        List<ApplicationAction> allowedActions, List<MissingEvidence> missing, Optional<NextStep> nextStep,
        List<Appeal> appeals, Map<AppealId, List<Appeal.Action>> appealActions, PartyName supplierName,
        PartyName bodyName, Optional<Blocker> blocker, Optional<String> auditReportTitle) {
}
