package com.greencert.shared.cluster.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A bean's schedule starts once however often the schema is reported ready, and stops with the bean. */
class NodeTaskTest {

    @Test
    void starts_once_and_stops_what_it_started() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        List<ScheduledFuture<?>> scheduled = new ArrayList<>();
        NodeSchedule schedule = new NodeSchedule() {
            @Override
            public Optional<ScheduledFuture<?>> every(String what, Duration first, Duration every, Runnable tick) {
                ScheduledFuture<?> f = executor.scheduleWithFixedDelay(tick, first.toMillis(), every.toMillis(),
                        TimeUnit.MILLISECONDS);
                scheduled.add(f);
                return Optional.of(f);
            }
        };
        try {
            NodeTask task = new NodeTask();
            task.start(schedule, "a chore", Duration.ofHours(1), Duration.ofHours(1), () -> { });
            task.start(schedule, "a chore", Duration.ofHours(1), Duration.ofHours(1), () -> { });
            assertThat(scheduled).hasSize(1);
            task.stop();
            assertThat(scheduled.getFirst().isCancelled()).isTrue();
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void stopping_a_task_never_started_or_without_a_scheduler_does_nothing() {
        NodeTask never = new NodeTask();
        never.stop();
        List<String> asked = new ArrayList<>();
        NodeSchedule noScheduler = new NodeSchedule() {
            @Override
            public Optional<ScheduledFuture<?>> every(String what, Duration first, Duration every, Runnable tick) {
                asked.add(what);
                return Optional.empty(); // no managed scheduler on this server
            }
        };
        NodeTask unscheduled = new NodeTask();
        unscheduled.start(noScheduler, "a chore", Duration.ofSeconds(1), Duration.ofSeconds(1), () -> { });
        unscheduled.start(noScheduler, "a chore", Duration.ofSeconds(1), Duration.ofSeconds(1), () -> { });
        unscheduled.stop();
        assertThat(asked).as("asked once: a node without a scheduler is logged once, not at every start")
                .containsExactly("a chore");
    }
}
