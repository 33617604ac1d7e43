package com.greencert.registry.service;

import com.greencert.registry.domain.FeedPosition;
import com.greencert.registry.domain.RegistryChange;
import com.greencert.registry.domain.RegistrySearch;
import com.greencert.shared.concurrent.Futures;
import com.greencert.shared.config.GreenCertConfig;
import com.greencert.shared.lifecycle.SchemaReady;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Keeps this node's registry index current. At start (schema ready) it rebuilds the index from the database when
 * the index is empty, of another format, ahead of the database's feed (a reset database), or behind what is left
 * of the feed after pruning (then also while running); then, every
 * {@code greencert.registry.poll-millis} (2 s), it reads the change feed after its watermark and re-reads the
 * suppliers named there ({@link FeedPosition} copes with sequences that commit out of order). Every node does
 * this on its own, so each catches up within a poll of a change made on any node.
 */
@ApplicationScoped
public class RegistryIndexer {

    private static final Logger LOG = Logger.getLogger(RegistryIndexer.class.getName());
    static final int BATCH = 1000;
    /** Suppliers per read and commit in a full rebuild (fewer, larger commits). */
    static final int REBUILD_BATCH = 5000;
    /**
     * How long a missing sequence is waited for before it is taken as rolled back: a transaction may commit its
     * change long after the database numbered it (a large CSV import). Waiting costs little: each poll reads above
     * the highest sequence seen and looks the missing ones up again, so a gap never holds back newer entries; only
     * the recorded position (where a restarted node resumes) stays below it.
     */
    static final Duration GAP_TIMEOUT = Duration.ofMinutes(10);
    /** Re-read below the rebuild's starting point: transactions in flight during the rebuild. */
    static final long REBUILD_OVERLAP = 200;

    @Inject
    RegistrySearch search;

    @Inject
    RegistryDocuments documents;

    @Inject
    GreenCertConfig config;

    @Inject
    Clock clock;

    private final AtomicBoolean started = new AtomicBoolean();
    private volatile FeedPosition position;
    private volatile ScheduledFuture<?> task;
    private volatile String lastFailure;
    private volatile boolean ready;

    void start(@Observes SchemaReady schemaReady) {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        long poll = config.registryPoll().toMillis();
        try {
            ManagedScheduledExecutorService scheduler = InitialContext.doLookup("java:comp/DefaultManagedScheduledExecutorService");
            task = scheduler.scheduleWithFixedDelay(this::tick, poll, poll, TimeUnit.MILLISECONDS);
            LOG.info(() -> "Registry indexer follows the change feed every " + poll + " ms");
        } catch (NamingException e) {
            LOG.severe("No managed scheduler: the registry index of this node will not be kept current: " + e);
        }
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> t = task;
        if (t != null) {
            t.cancel(false);
        }
    }

    /** Whether the index has been built on this node (searches before that find what is already indexed). */
    public boolean ready() {
        return ready;
    }

    /** One round; never throws (an exception would end the schedule). */
    void tick() {
        try {
            round(); // no request context: it reads shared rows only, and ActingAs's controller is not for two threads
            if (lastFailure != null) {
                LOG.info("Registry indexing works again");
                lastFailure = null;
            }
        } catch (RuntimeException | Error e) {
            String failure = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            Level level = failure.equals(lastFailure) ? Level.FINE : Level.WARNING;
            lastFailure = failure;
            LOG.log(level, "Registry indexing round failed (retried every poll): " + e, e);
        }
    }

    /** Builds if needed, then applies the feed until it is read to its end. */
    public synchronized void round() {
        long oldest = documents.oldestChange();
        if (position != null && FeedPosition.missedPruned(position.watermark(), oldest)) {
            LOG.warning("Registry change feed was pruned past this node's position: rebuilding the index");
            position = null;
        }
        if (position == null) {
            long latest = documents.latestChange();
            long applied = search.appliedSequence();
            if (applied == 0 || applied > latest || search.size() == 0 && latest > 0
                    || FeedPosition.missedPruned(applied, oldest)) {
                rebuild(latest, oldest);
            }
            position = new FeedPosition(search.appliedSequence(), GAP_TIMEOUT);
            ready = true;
        }
        while (catchUp()) {
            // a long feed: read on
        }
    }

    /**
     * Rebuilds the index from the database in batches, reading the next batch while the engine indexes the one
     * before (the database read and the engine's indexing overlap; at most two batches are held in memory).
     */
    private void rebuild(long latest, long oldest) {
        long started = System.nanoTime();
        search.clear();
        long count = 0;
        String after = null;
        long start = Math.max(Math.max(0, latest - REBUILD_OVERLAP), oldest - 1); // nothing to re-read below the oldest
        Executor applier = applier();
        CompletableFuture<Void> indexing = CompletableFuture.completedFuture(null);
        while (true) {
            List<String> ids = documents.idsAfter(after, REBUILD_BATCH);
            if (ids.isEmpty()) {
                break;
            }
            RegistryDocuments.Batch batch = documents.of(ids);
            await(indexing); // the batch before is in (a failure ends the rebuild here, retried at the next poll)
            // position 0 until the last batch is in: a node that dies mid-rebuild rebuilds again at its next start
            indexing = CompletableFuture.runAsync(() -> search.apply(batch.upserts(), List.of(), 0), applier);
            count += batch.upserts().size();
            after = ids.getLast();
        }
        await(indexing);
        search.apply(List.of(), List.of(), start);
        long total = count;
        LOG.info(() -> "Registry index rebuilt: " + total + " suppliers in "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms");
    }

    /** Waits for a batch's indexing; its failure is thrown as it was (a 503 stays a 503). */
    private static void await(CompletableFuture<Void> indexing) {
        Futures.join(indexing);
    }

    /** The container's executor for a rebuild's indexing; outside a container (unit tests) the calling thread. */
    private static Executor applier() {
        try {
            return InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        } catch (NamingException e) {
            return Runnable::run;
        }
    }

    /** Applies one batch of the feed; true if there may be more to read right away. */
    private boolean catchUp() {
        List<RegistryChange> newer = documents.changesAfter(position.highestSeen(), BATCH);
        List<RegistryChange> changes = new ArrayList<>(newer);
        if (position.gaps() > 0) {
            changes.addAll(documents.changesAmong(position.missing(BATCH))); // committed late, after newer ones
        }
        Set<String> suppliers = new LinkedHashSet<>();
        for (RegistryChange c : changes) {
            if (position.isNew(c.seq())) {
                suppliers.add(c.supplier());
            }
        }
        long before = position.watermark();
        FeedPosition next = position.copy();
        next.seen(changes.stream().map(RegistryChange::seq).toList(), clock.instant());
        if (!suppliers.isEmpty()) {
            RegistryDocuments.Batch batch = documents.of(suppliers);
            search.apply(batch.upserts(), batch.removals(), next.watermark());
        } else if (next.watermark() != before) {
            search.apply(List.of(), List.of(), next.watermark());
        }
        position = next; // only now: a failed write (OpenSearch down) is read and applied again at the next poll
        return newer.size() == BATCH;
    }
}
