package com.greencert.reminder.service;

import com.greencert.shared.cluster.service.NodeSchedule;
import com.greencert.shared.config.GreenCertConfig;
import com.greencert.shared.lifecycle.SchemaReady;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/** Every node asks every {@code greencert.reminder.tick-seconds} whether the reminders round is its to run. */
@ApplicationScoped
public class ReminderJob {

    @Inject
    ReminderScan scan;

    @Inject
    NodeSchedule schedule;

    @Inject
    GreenCertConfig config;

    private final AtomicBoolean started = new AtomicBoolean();
    private volatile Optional<ScheduledFuture<?>> task = Optional.empty();

    void start(@Observes SchemaReady schemaReady) {
        if (started.compareAndSet(false, true)) {
            task = schedule.every("the reminders scan", config.reminderTick(), config.reminderTick(), scan::scan);
        }
    }

    @PreDestroy
    void stop() {
        NodeSchedule.cancel(task);
    }
}
