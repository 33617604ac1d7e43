package com.greencert.registry.service;

import com.greencert.shared.cluster.service.ClusterNode;
import com.greencert.shared.cluster.service.NodeSchedule;
import com.greencert.shared.cluster.service.NodeTask;
import com.greencert.shared.config.GreenCertConfig;
import com.greencert.shared.lifecycle.SchemaReady;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Every node asks every {@link #TICK} whether a registry chore is due; the database lets one node of the cluster
 * do it ({@link RegistryChores}): the expiry re-read every {@link #EXPIRY_EVERY} (so at least hourly) and the
 * pruning of the change feed once a day ({@code greencert.registry.feed-retention-days}, 7, of entries kept).
 */
@ApplicationScoped
public class RegistryUpkeep {

    private static final Logger LOG = Logger.getLogger(RegistryUpkeep.class.getName());
    static final Duration TICK = Duration.ofMinutes(15);
    static final Duration EXPIRY_EVERY = Duration.ofMinutes(30);
    static final Duration PRUNE_EVERY = Duration.ofDays(1);

    @Inject
    RegistryChores chores;

    @Inject
    GreenCertConfig config;

    @Inject
    ClusterNode node;

    @Inject
    NodeSchedule schedule;

    private final NodeTask task = new NodeTask();

    void start(@Observes SchemaReady schemaReady) {
        task.start(schedule, "the registry's expiry and pruning chores", Duration.ofMinutes(1), TICK, this::tick);
    }

    @PreDestroy
    void stop() {
        task.stop();
    }

    /** One round; never throws (an exception would end the schedule); each chore on its own. */
    void tick() {
        try {
            chores.markExpired(node.name(), EXPIRY_EVERY).ifPresent(n -> LOG.fine(() -> "Registry expiry: " + n + " supplier(s) to re-read"));
        } catch (RuntimeException e) {
            LOG.warning("Registry expiry chore failed (tried again next round): " + e);
        }
        try {
            chores.prune(node.name(), PRUNE_EVERY, config.registryFeedRetention())
                    .ifPresent(n -> LOG.info(() -> "Registry change feed pruned: " + n + " entries"));
        } catch (RuntimeException e) {
            LOG.warning("Registry feed pruning failed (tried again next round): " + e);
        }
    }
}
