package com.greencert.notification.service;

import com.greencert.notification.domain.Delivery;
import com.greencert.notification.domain.Notification;
import com.greencert.notification.domain.NotificationStatus;
import com.greencert.notification.domain.OutboxMessage;
import com.greencert.notification.domain.RetryPolicy;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.ActingAs;
import com.greencert.shared.cluster.service.ClusterNode;
import com.greencert.shared.cluster.service.NodeSchedule;
import com.greencert.shared.config.GreenCertConfig;
import com.greencert.shared.lifecycle.SchemaReady;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mails what is in the outbox. Runs on every node, every {@code greencert.notification.poll-seconds}
 * (default 5) on the server's managed scheduler, from the moment the schema is ready. Each notification is
 * sent by one node only: a node sends it only if its conditional update took it (PENDING to SENDING, with
 * the node's name). A notification left SENDING for {@code greencert.notification.claim-timeout-seconds}
 * (default 300; renewed after each recipient) is taken to be abandoned by a dead node and taken over.
 * A failure puts the notification back with a growing delay ({@link RetryPolicy}); after
 * {@code greencert.notification.max-attempts} (default 8) it is FAILED with the last error.
 */
@ApplicationScoped
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 20;

    @Inject
    OutboxWork work;

    @Inject
    RecipientDirectory directory;

    @Inject
    MailTemplates templates;

    @Inject
    Mailer mailer;

    @Inject
    ActingAs actingAs;

    @Inject
    Clock clock;

    @Inject
    GreenCertConfig config;

    @Inject
    ClusterNode clusterNode;

    @Inject
    NodeSchedule schedule;

    private final AtomicBoolean started = new AtomicBoolean();
    private String node;
    private volatile Optional<java.util.concurrent.ScheduledFuture<?>> task = Optional.empty();
    private String lastRoundFailure;
    private Duration poll = Duration.ofSeconds(5);
    private Duration claimTimeout = Duration.ofMinutes(5);
    private RetryPolicy retry = RetryPolicy.DEFAULT;

    @jakarta.annotation.PostConstruct
    void named() {
        node = clusterNode.name();
    }

    void start(@Observes SchemaReady schemaReady) {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        poll = config.notificationPoll();
        claimTimeout = config.notificationClaimTimeout();
        retry = new RetryPolicy(config.notificationMaxAttempts().orElse(RetryPolicy.DEFAULT.maxAttempts()),
                RetryPolicy.DEFAULT.firstDelay(), RetryPolicy.DEFAULT.maxDelay());
        task = schedule.every("sending notifications", poll, poll, this::tick);
        task.ifPresent(t -> LOG.info(() -> "Notification sender " + node + " polls the outbox every " + poll.toSeconds() + " s"));
    }

    @PreDestroy
    void stop() {
        NodeSchedule.cancel(task);
    }

    /** This node's name in {@code claimed_by}. */
    public String node() {
        return node;
    }

    /**
     * One round (never throws: an exception would end the schedule). While the database is away every
     * round fails the same way: that is logged once, and again when it changes or recovers.
     */
    void tick() {
        try {
            sendDue();
            if (lastRoundFailure != null) {
                LOG.info(() -> "Notification rounds on " + node + " work again");
                lastRoundFailure = null;
            }
        } catch (RuntimeException | Error e) {
            String failure = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            Level level = failure.equals(lastRoundFailure) ? Level.FINE : Level.WARNING;
            lastRoundFailure = failure;
            LOG.log(level, "Notification round failed on " + node + " (retried every " + poll.toSeconds() + " s): " + e,
                    e instanceof Error ? e : null);
        }
    }

    /** Takes and sends what is due now; returns how many notifications this node took. */
    public int sendDue() {
        Instant now = clock.instant();
        List<String> due = work.due(now, now.minus(claimTimeout), BATCH);
        int taken = 0;
        for (String id : due) {
            Instant at = clock.instant();
            Optional<OutboxMessage> claimed = work.claim(id, node, at, at.minus(claimTimeout));
            if (claimed.isPresent()) {
                taken++;
                send(claimed.get());
            }
        }
        return taken;
    }

    private void send(OutboxMessage message) {
        actingAs.run(message.originTenant().map(Caller::system), () -> {
            try {
                deliver(message);
            } catch (RuntimeException e) {
                failed(message, e);
            }
        });
    }

    private void deliver(OutboxMessage message) {
        Notification notification = message.notification();
        // someone without an account yet (an invited supplier) is mailed at the address given, in its language
        List<Recipient> recipients = notification.to().address()
                .map(a -> List.of(new Recipient("mailto:" + a.email(), a.email(), a.email(), a.email(), a.language())))
                .orElseGet(() -> directory.resolve(notification.to()));
        Set<String> done = work.deliveredTo(message.id());
        NotificationStatus outcome = recipients.isEmpty() ? NotificationStatus.NO_RECIPIENTS : NotificationStatus.SENT;
        for (Recipient r : recipients) {
            if (done.contains(r.userId())) {
                continue;
            }
            if (r.email() == null) {
                LOG.warning(() -> "Notification " + message.id() + ": " + r.username() + " has no e-mail address; skipped");
                continue;
            }
            RenderedMail mail = templates.render(notification, r.displayName(), r.language());
            NotificationStatus result = mailer.send(r, mail, message.id());
            if (result == NotificationStatus.SENT_TO_LOG) {
                outcome = NotificationStatus.SENT_TO_LOG;
            }
            if (!work.delivered(message.id(), node, new Delivery(message.id(), r.userId(), r.email(), result,
                    clock.instant()), clock.instant())) {
                LOG.warning(() -> "Notification " + message.id() + " was taken over by another node; " + node + " stops");
                return;
            }
        }
        NotificationStatus finalOutcome = outcome;
        if (work.finish(message.id(), node, outcome, null, clock.instant())) {
            LOG.info(() -> "Notification " + message.id() + " (" + notification.template() + ") " + finalOutcome + ": "
                    + recipients.size() + " recipient(s), attempt " + message.attempts() + ", node " + node);
        }
    }

    private void failed(OutboxMessage message, RuntimeException e) {
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        Optional<Instant> next = retry.nextAttempt(message.attempts(), clock.instant());
        try {
            if (next.isPresent()) {
                work.retryLater(message.id(), node, next.get(), error);
                LOG.warning(() -> "Notification " + message.id() + " attempt " + message.attempts() + " failed (" + error
                        + "); next attempt at " + next.get());
            } else {
                work.finish(message.id(), node, NotificationStatus.FAILED, error, clock.instant());
                LOG.severe(() -> "Notification " + message.id() + " FAILED after " + message.attempts() + " attempts: " + error);
            }
        } catch (RuntimeException again) {
            LOG.warning(() -> "Could not record the failure of notification " + message.id() + " (" + again
                    + "); it is taken over after the claim timeout");
        }
    }
}
