package com.greencert.shared.cluster.service;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Runs a task on this node every so often, on the server's managed scheduler. Every node ticks; a cluster job's
 * tick then asks the database whether this node runs the round ({@code ClusterJobs.claimIfDue}). A tick never
 * ends the schedule: an exception is logged (once while it repeats) and the next tick tries again.
 */
@ApplicationScoped
public class NodeSchedule {

    private static final Logger LOG = Logger.getLogger(NodeSchedule.class.getName());

    /** Schedules {@code tick}; empty (logged) when the server has no managed scheduler. */
    public Optional<ScheduledFuture<?>> every(String what, Duration first, Duration every, Runnable tick) {
        try {
            ManagedScheduledExecutorService scheduler = InitialContext.doLookup(
                    "java:comp/DefaultManagedScheduledExecutorService");
            Runnable guarded = guarded(what, tick);
            return Optional.of(scheduler.scheduleWithFixedDelay(guarded, first.toMillis(), every.toMillis(),
                    TimeUnit.MILLISECONDS));
        } catch (NamingException e) {
            LOG.severe("No managed scheduler: this node takes no part in " + what + ": " + e);
            return Optional.empty();
        }
    }

    static Runnable guarded(String what, Runnable tick) {
        String[] lastFailure = {null};
        return () -> {
            try {
                tick.run();
                if (lastFailure[0] != null) {
                    LOG.info(() -> what + " works again");
                    lastFailure[0] = null;
                }
            } catch (RuntimeException | Error e) {
                String failure = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                Level level = failure.equals(lastFailure[0]) ? Level.FINE : Level.WARNING;
                lastFailure[0] = failure;
                LOG.log(level, what + " failed (tried again next round): " + e, e instanceof Error ? e : null);
            }
        };
    }

    /** Cancels a schedule made by {@link #every}, if any. */
    public static void cancel(Optional<ScheduledFuture<?>> task) {
        task.ifPresent(t -> t.cancel(false));
    }
}
