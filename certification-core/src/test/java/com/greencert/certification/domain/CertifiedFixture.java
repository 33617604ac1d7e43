package com.greencert.certification.domain;

import com.greencert.shared.domain.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * For tests of other features (credentials): a certification driven through the real transitions of
 * {@link ApplicationFixtures} — granted, then suspended, restored, withdrawn or reduced in scope by the body.
 */
public final class CertifiedFixture {

    public static final TenantId SUPPLIER = ApplicationFixtures.SUPPLIER_TENANT;
    public static final TenantId BODY = ApplicationFixtures.BODY;
    public static final LocalDate TODAY = ApplicationFixtures.TODAY;

    private final ApplicationFixtures f;
    private final CertificationApplication app;

    private CertifiedFixture(ApplicationFixtures f, CertificationApplication app) {
        this.f = f;
        this.app = app;
    }

    /** Granted with the reduced scope [p1, p2] (p3 refused). */
    public static CertifiedFixture granted() {
        ApplicationFixtures f = ApplicationFixtures.in(ApplicationStatus.CERTIFIED);
        return new CertifiedFixture(f, f.app);
    }

    public CertificationApplication app() {
        return app;
    }

    /** The supplier renews; the next cycle (same scheme version, scope [p1, p2]) is evaluated and granted in full. */
    public CertifiedFixture renewedAndGranted() {
        Actor supplier = ApplicationFixtures.SUPPLIER;
        Actor assessor = ApplicationFixtures.ASSESSOR;
        LocalDate today = f.today;
        CertificationApplication next = app.certification().renew(supplier, ApplicationId.newId(), f.scheme, today, at());
        next.attach(supplier, ApplicationFixtures.sds(today.minusMonths(1)), at());
        next.attach(supplier, ApplicationFixtures.isoCertificate(today.minusYears(1), today.plusYears(2)), at());
        next.submit(supplier, f.scheme, today, at());
        next.accept(assessor, null, at());
        next.evaluation().reviewCriterion(assessor, f.scheme, "SDS", true, null, at());
        next.evaluation().reviewCriterion(assessor, f.scheme, "ISO14001", true, null, at());
        next.evaluation().planAudit(assessor, today.minusDays(7), ApplicationFixtures.AUDITOR, AuditVisit.Mode.ON_SITE, at());
        next.evaluation().recordAudit(assessor, today.minusDays(1), f.auditReport(next, assessor, today.minusDays(1)), today, at());
        next.evaluation().completeEvaluation(assessor, f.scheme, at());
        next.review(ApplicationFixtures.REVIEWER, Verdict.Outcome.GRANT, "all conform", at());
        next.decide(ApplicationFixtures.DECIDER, Verdict.Outcome.GRANT, null, null, today, at());
        return new CertifiedFixture(f, next);
    }

    public Scheme scheme() {
        return f.scheme;
    }

    public CertifiedFixture suspend() {
        app.certification().suspend(ApplicationFixtures.DECIDER, "surveillance overdue", f.today, at());
        return this;
    }

    public CertifiedFixture restore() {
        app.certification().restore(ApplicationFixtures.DECIDER, "surveillance held", f.today, at());
        return this;
    }

    public CertifiedFixture withdraw() {
        app.certification().withdraw(ApplicationFixtures.DECIDER, "fraud", f.today, at());
        return this;
    }

    public CertifiedFixture reduceScope() {
        app.certification().reduceScope(ApplicationFixtures.DECIDER, List.of("p1"), "p2 discontinued",
                f.today, at());
        return this;
    }

    public List<String> products() {
        return ApplicationFixtures.PRODUCTS;
    }

    private static Instant at() {
        return ApplicationFixtures.at();
    }
}
