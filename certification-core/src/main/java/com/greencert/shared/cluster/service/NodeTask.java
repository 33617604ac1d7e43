package com.greencert.shared.cluster.service;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A bean's one schedule on this node ({@link NodeSchedule#every}): started by the first call of {@link #start} (the
 * bean calls it when the schema is ready; later calls do nothing), cancelled by {@link #stop} (the bean's
 * {@code @PreDestroy}).
 */
public final class NodeTask {

    private final AtomicBoolean started = new AtomicBoolean();
    private volatile Optional<ScheduledFuture<?>> task = Optional.empty();

    public void start(NodeSchedule schedule, String what, Duration first, Duration every, Runnable tick) {
        if (started.compareAndSet(false, true)) {
            task = schedule.every(what, first, every, tick);
        }
    }

    public void stop() {
        NodeSchedule.cancel(task);
    }
}
