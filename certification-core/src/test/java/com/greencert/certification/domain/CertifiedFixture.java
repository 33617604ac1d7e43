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

    private CertifiedFixture(ApplicationFixtures f) {
        this.f = f;
    }

    /** Granted with the reduced scope [p1, p2] (p3 refused). */
    public static CertifiedFixture granted() {
        return new CertifiedFixture(ApplicationFixtures.in(ApplicationStatus.CERTIFIED));
    }

    public CertificationApplication app() {
        return f.app;
    }

    public Scheme scheme() {
        return f.scheme;
    }

    public CertifiedFixture suspend() {
        f.app.certification().suspend(ApplicationFixtures.DECIDER, "surveillance overdue", f.today, at());
        return this;
    }

    public CertifiedFixture restore() {
        f.app.certification().restore(ApplicationFixtures.DECIDER, "surveillance held", f.today, at());
        return this;
    }

    public CertifiedFixture withdraw() {
        f.app.certification().withdraw(ApplicationFixtures.DECIDER, "fraud", f.today, at());
        return this;
    }

    public CertifiedFixture reduceScope() {
        f.app.certification().reduceScope(ApplicationFixtures.DECIDER, List.of("p1"), "p2 discontinued",
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
