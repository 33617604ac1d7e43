package com.greencert.reminder.service;

import com.greencert.notification.domain.Recipients;
import com.greencert.notification.service.Notifier;
import com.greencert.reminder.domain.DueItem;
import com.greencert.reminder.domain.SentReminder;
import com.greencert.reminder.domain.SentReminders;
import com.greencert.shared.cluster.domain.ClusterJobs;
import com.greencert.shared.cluster.domain.ClusterRun;
import com.greencert.shared.cluster.service.ClusterNode;
import com.greencert.shared.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The reminders' writes, each in a transaction of its own: claiming a round of the {@value #JOB} cluster job, and
 * sending one reminder (its row in {@code sent_reminder} and its mail in the outbox commit together, or neither).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ReminderLedger {

    /** The cluster job's name (its row in {@code cluster_job}, V18). */
    static final String JOB = "reminders";

    @Inject
    ClusterJobs jobs;

    @Inject
    ClusterNode node;

    @Inject
    SentReminders sent;

    @Inject
    Notifier notifier;

    @Inject
    Clock clock;

    /** The round this node runs now, or empty when the scan is not due or another node has it. */
    public Optional<ClusterRun> claimRound(Duration every) {
        return jobs.claimIfDue(JOB, node.name(), every, clock.instant());
    }

    /**
     * Sends the reminder for the item at the threshold to the tenant's people the kind names, unless it was sent;
     * whether this call sent it. Throws (and rolls back, mail included) when another node recorded it meanwhile.
     */
    public boolean send(DueItem item, int daysBefore, TenantId tenant) {
        if (sent.sent(item, daysBefore)) {
            return false;
        }
        sent.add(new SentReminder(item, daysBefore, clock.instant(), node.name()));
        Map<String, String> args = new LinkedHashMap<>();
        args.put("title", item.title());
        args.put("title.zh", item.titleZh());
        args.put("dueOn", item.dueOn().toString());
        args.put("days", String.valueOf(item.daysLeft(java.time.LocalDate.now(clock))));
        args.put("path", item.path());
        notifier.notify(Recipients.withRole(item.kind().reminded(), tenant), template(item), args);
        return true;
    }

    /** {@code reminder.evidence-expires} and so on, in the mail bundles. */
    static String template(DueItem item) {
        return "reminder." + item.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
