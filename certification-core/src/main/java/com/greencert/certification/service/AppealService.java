package com.greencert.certification.service;

import com.greencert.certification.domain.Appeal;
import com.greencert.certification.domain.AppealId;
import com.greencert.certification.domain.Appeals;
import com.greencert.certification.domain.ApplicationId;
import com.greencert.certification.domain.ApplicationStatus;
import com.greencert.certification.domain.CertificationApplication;
import com.greencert.certification.domain.PublicCertification;
import com.greencert.certification.domain.Complaint;
import com.greencert.certification.domain.ComplaintId;
import com.greencert.certification.domain.Complaints;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Appeals against a body's decisions and complaints against the suppliers it certified, each with its own
 * small lifecycle; both are recorded in the application's audit trail.
 */
@ApplicationScoped
@Transactional
public class AppealService {

    @Inject
    Appeals appeals;

    @Inject
    Complaints complaints;

    @Inject
    ApplicationService applications;

    @Inject
    com.greencert.certification.domain.Applications repository;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    public Appeal lodge(ApplicationId id, String grounds) {
        Caller caller = callers.require();
        CertificationApplication app = applications.load(id, caller);
        ApplicationStatus before = app.statusOn(LocalDate.now(clock));
        app.certification().checkAppealable(applications.actor(caller, app), LocalDate.now(clock));
        if (appeals.ofApplication(id).stream().anyMatch(Appeal::open)) {
            throw new RuleViolationException("appeal.open.already");
        }
        Appeal appeal = new Appeal(AppealId.newId(), app, applications.actor(caller, app), grounds, clock.instant());
        appeals.add(appeal);
        applications.fire(app, "appeal.lodged", before, caller, "appeal " + appeal.id() + ": " + appeal.grounds());
        return appeal;
    }

    public Appeal takeUp(AppealId id) {
        Caller caller = callers.require();
        Appeal appeal = find(id, caller);
        CertificationApplication app = applications.load(appeal.applicationId(), caller);
        appeal.takeUp(applications.actor(caller, app), app.certification().involvedInDecisions());
        applications.fire(app, "appeal.taken-up", app.statusOn(LocalDate.now(clock)), caller, "appeal " + id);
        return appeal;
    }

    public Appeal close(AppealId id, boolean upheld, String outcome) {
        Caller caller = callers.require();
        Appeal appeal = find(id, caller);
        CertificationApplication app = applications.load(appeal.applicationId(), caller);
        ApplicationStatus before = app.statusOn(LocalDate.now(clock));
        var actor = applications.actor(caller, app);
        if (upheld) {
            appeal.uphold(actor, outcome, clock.instant());
            app.certification().reopenAfterAppeal(actor, id, clock.instant());
        } else {
            appeal.dismiss(actor, outcome, clock.instant());
        }
        applications.fire(app, upheld ? "appeal.upheld" : "appeal.dismissed", before, caller,
                "appeal " + id + ": " + appeal.outcome().orElse(""));
        return appeal;
    }

    /** One page of the appeals the caller's tenant is party to, the latest lodged first. */
    public Page<Appeal> appeals(PageRequest page) {
        callers.require();
        return appeals.visibleAppeals(page);
    }

    /** A third party (usually a buyer) complains about a certified supplier to its certification body. */
    public ComplaintView complain(ApplicationId certification, String subject) {
        Caller caller = callers.require();
        PublicCertification certified = repository.findCertified(certification)
                .orElseThrow(() -> new NotFoundException("certification", certification));
        Complaint complaint = new Complaint(ComplaintId.newId(), certified, applications.actor(caller, null), subject,
                clock.instant());
        complaints.add(complaint);
        applications.fire(certified, "complaint.received", caller,
                "complaint " + complaint.id() + " from " + caller.tenantId());
        return new ComplaintView(complaint, caller.tenantId());
    }

    public ComplaintView investigate(ComplaintId id) {
        Caller caller = callers.require();
        Complaint c = complaints.find(id).orElseThrow(() -> new NotFoundException("complaint", id));
        c.investigate(applications.actor(caller, null));
        fireComplaint(c, caller, "complaint.investigating");
        return new ComplaintView(c, caller.tenantId());
    }

    public ComplaintView closeComplaint(ComplaintId id, boolean substantiated, String outcome) {
        Caller caller = callers.require();
        Complaint c = complaints.find(id).orElseThrow(() -> new NotFoundException("complaint", id));
        c.close(applications.actor(caller, null), substantiated, outcome, clock.instant());
        fireComplaint(c, caller, substantiated ? "complaint.substantiated" : "complaint.not-substantiated");
        return new ComplaintView(c, caller.tenantId());
    }

    /** One page of the complaints the caller's tenant is party to, the latest received first. */
    public Page<ComplaintView> complaints(PageRequest page) {
        TenantId reader = callers.require().tenantId();
        return complaints.visibleComplaints(page).map(c -> new ComplaintView(c, reader));
    }

    private void fireComplaint(Complaint c, Caller caller, String event) {
        applications.fire(repository.findCertified(c.applicationId()).orElseThrow(), event, caller,
                "complaint " + c.id() + c.outcome().map(o -> ": " + o).orElse(""));
    }

    private Appeal find(AppealId id, Caller caller) {
        return appeals.find(id).orElseThrow(() -> new NotFoundException("appeal", id));
    }
}
