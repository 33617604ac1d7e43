package com.greencert.reminder.service;

import com.greencert.shared.cluster.service.NodeSchedule;
import com.greencert.shared.cluster.service.NodeTask;
import com.greencert.shared.config.GreenCertConfig;
import com.greencert.shared.lifecycle.SchemaReady;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Every node asks every {@code greencert.reminder.tick-seconds} whether the reminders round is its to run. */
@ApplicationScoped
public class ReminderJob {

    @Inject
    ReminderScan scan;

    @Inject
    NodeSchedule schedule;

    @Inject
    GreenCertConfig config;

    private final NodeTask task = new NodeTask();

    void start(@Observes SchemaReady schemaReady) {
        task.start(schedule, "the reminders scan", config.reminderTick(), config.reminderTick(), scan::scan);
    }

    @PreDestroy
    void stop() {
        task.stop();
    }
}
