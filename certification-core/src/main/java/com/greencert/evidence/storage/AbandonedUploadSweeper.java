package com.greencert.evidence.storage;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Deletes the temporary files of uploads that were killed half-way (node stopped, connection lost): at
 * start-up and every half hour. An upload in progress keeps writing its file, so only files idle for
 * {@link #IDLE} are taken, which keeps this safe when several nodes share one storage directory.
 */
@Singleton
@Startup
public class AbandonedUploadSweeper {

    static final Duration IDLE = Duration.ofMinutes(2);
    private static final Logger LOG = Logger.getLogger(AbandonedUploadSweeper.class.getName());

    @Inject
    FileSystemBlobStore store;

    @PostConstruct
    void atStartUp() {
        sweep();
    }

    @Schedule(hour = "*", minute = "*/30", persistent = false)
    void sweep() {
        try {
            int deleted = store.deleteAbandonedUploads(IDLE);
            if (deleted > 0) {
                LOG.info(() -> "Deleted " + deleted + " abandoned upload(s)");
            }
        } catch (IOException e) {
            LOG.warning("Could not sweep abandoned uploads: " + e);
        }
    }
}
