package com.greencert.criteria.service;

import com.greencert.shared.cluster.service.ClusterNode;
import com.greencert.shared.cluster.service.NodeSchedule;
import com.greencert.shared.cluster.service.NodeTask;
import com.greencert.shared.lifecycle.SchemaReady;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Every node asks every {@link #TICK} whether the round of keeping fact sheets is due; one node of the cluster
 * builds the sheets of up to {@link #MOST} suppliers that have none valid ({@link FactSheetChore}). So after a
 * deployment with a new sheet layout, an import or many changes, the sheets are built in the background (100,000
 * suppliers in about ten minutes), and a buyer's first match of the whole registry reads kept sheets rather than
 * building them all while the buyer waits (bench/README.md, matching: the cold match).
 */
@ApplicationScoped
public class FactSheetUpkeep {

    static final Duration TICK = Duration.ofSeconds(30);
    static final Duration EVERY = Duration.ofSeconds(25);
    static final int MOST = 5_000;
    private static final Logger LOG = Logger.getLogger(FactSheetUpkeep.class.getName());

    @Inject
    FactSheetChore chore;

    @Inject
    ClusterNode node;

    @Inject
    NodeSchedule schedule;

    private final NodeTask task = new NodeTask();

    void start(@Observes SchemaReady schemaReady) {
        task.start(schedule, "keeping suppliers' fact sheets", TICK, TICK, this::tick);
    }

    @PreDestroy
    void stop() {
        task.stop();
    }

    void tick() {
        chore.keepMissing(node.name(), EVERY, MOST).ifPresent(n -> {
            if (n > 0) {
                LOG.info(() -> "Fact sheets kept ahead of matches: " + n);
            }
        });
    }
}
