package com.greencert.registry.service;

import com.greencert.shared.config.GreenCertConfig;
import com.greencert.shared.lifecycle.SchemaReady;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

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

    private final String node = nodeName();
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile ScheduledFuture<?> task;

    void start(@Observes SchemaReady schemaReady) {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        try {
            ManagedScheduledExecutorService scheduler = InitialContext.doLookup("java:comp/DefaultManagedScheduledExecutorService");
            task = scheduler.scheduleWithFixedDelay(this::tick, 1, TICK.toMinutes(), TimeUnit.MINUTES);
        } catch (NamingException e) {
            LOG.severe("No managed scheduler: this node takes no part in the registry's expiry and pruning chores: " + e);
        }
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> t = task;
        if (t != null) {
            t.cancel(false);
        }
    }

    /** One round; never throws (an exception would end the schedule); each chore on its own. */
    void tick() {
        try {
            chores.markExpired(node, EXPIRY_EVERY).ifPresent(n -> LOG.fine(() -> "Registry expiry: " + n + " supplier(s) to re-read"));
        } catch (RuntimeException e) {
            LOG.warning("Registry expiry chore failed (tried again next round): " + e);
        }
        try {
            chores.prune(node, PRUNE_EVERY, config.registryFeedRetention())
                    .ifPresent(n -> LOG.info(() -> "Registry change feed pruned: " + n + " entries"));
        } catch (RuntimeException e) {
            LOG.warning("Registry feed pruning failed (tried again next round): " + e);
        }
    }

    private static String nodeName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "node";
        }
        String name = host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/"
                + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }
}
