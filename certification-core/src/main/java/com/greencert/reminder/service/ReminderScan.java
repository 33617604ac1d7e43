package com.greencert.reminder.service;

import com.greencert.reminder.domain.DueItem;
import com.greencert.reminder.domain.ReminderThresholds;
import com.greencert.shared.caller.ActingAs;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.config.GreenCertConfig;
import com.greencert.shared.domain.Page;
import com.greencert.tenant.domain.Tenant;
import com.greencert.tenant.domain.TenantType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * One round of the reminders, on the node that claimed it ({@link ReminderLedger#claimRound}, at most every
 * {@code greencert.reminder.every-seconds}): for every supplier, certification body and buyer, as that tenant, each item
 * that falls due gets the reminder its nearest threshold owes ({@link ReminderThresholds}) unless it went out.
 * Each reminder is recorded with its mail in one transaction under a unique key, so a second node or a restarted
 * one that tries the same reminder fails harmlessly; a round cut short is finished by the next.
 */
@ApplicationScoped
public class ReminderScan {

    private static final Logger LOG = Logger.getLogger(ReminderScan.class.getName());

    @Inject
    ReminderLedger ledger;

    @Inject
    DueItems dueItems;

    @Inject
    ActingAs actingAs;

    @Inject
    GreenCertConfig config;

    @Inject
    Clock clock;

    /** Runs a round if this node gets it; how many reminders it sent (empty when not this node's round). */
    public OptionalInt scan() {
        if (ledger.claimRound(config.reminderEvery()).isEmpty()) {
            return OptionalInt.empty();
        }
        LocalDate today = LocalDate.now(clock);
        AtomicInteger sent = new AtomicInteger();
        int offset = 0;
        Page<Tenant> page;
        do {
            page = dueItems.tenants(offset);
            for (Tenant tenant : page.items()) {
                boolean reminded = tenant.type() != TenantType.PLATFORM;
                if (reminded && !tenant.isSuspended()) { // a suspended tenant's people cannot act on a reminder
                    try {
                        actingAs.run(Caller.system(tenant.id()), () -> sent.addAndGet(remind(tenant, today)));
                    } catch (RuntimeException failed) { // one tenant's trouble does not stop the others' reminders
                        LOG.warning(() -> "Reminders for " + tenant.id() + " not sent this round: " + failed);
                    }
                }
            }
            offset += page.items().size();
        } while (!page.items().isEmpty() && offset < page.total());
        if (sent.get() > 0) {
            LOG.info(() -> "Reminders: " + sent.get() + " sent for " + today);
        }
        return OptionalInt.of(sent.get());
    }

    private int remind(Tenant tenant, LocalDate today) {
        int sent = 0;
        for (DueItem item : dueItems.of(tenant, today)) {
            OptionalInt owed = ReminderThresholds.owed(item.dueOn(), today);
            if (owed.isEmpty()) {
                continue;
            }
            try {
                if (ledger.send(item, owed.getAsInt(), tenant.id())) {
                    sent++;
                }
            } catch (RuntimeException alreadySent) {
                // the unique key refused it: another node sent this reminder meanwhile (or the database is away: next round)
                LOG.fine(() -> "Reminder " + item.kind() + " " + item.subjectId() + " at " + owed.getAsInt()
                        + " days not sent by this node: " + alreadySent);
            }
        }
        return sent;
    }
}
