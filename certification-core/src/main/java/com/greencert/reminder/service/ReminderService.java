package com.greencert.reminder.service;

import com.greencert.reminder.domain.DueItem;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.tenant.domain.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** What falls due for the caller's tenant in the next 90 days, for its home page (derived from the clock each time). */
@ApplicationScoped
@Transactional
public class ReminderService {

    @Inject
    CallerContext callers;

    @Inject
    Tenants tenants;

    @Inject
    DueItems dueItems;

    @Inject
    Clock clock;

    public List<DueItem> dueSoon() {
        Caller caller = callers.requireAny(Role.SUPPLIER, Role.ASSESSOR, Role.REVIEWER, Role.DECISION_MAKER);
        return tenants.find(caller.tenantId()).map(t -> dueItems.of(t, today())).orElse(List.of());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
