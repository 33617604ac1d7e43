package com.greencert.evidence.storage;

import com.greencert.shared.config.GreenCertConfig;
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
 * {@code greencert.storage.tmp-idle-seconds} (default 2 minutes) are taken, which keeps this
 * safe when several nodes share one storage directory.
 */
@Singleton
@Startup
public class AbandonedUploadSweeper {

    private static final Logger LOG = Logger.getLogger(AbandonedUploadSweeper.class.getName());

    @Inject
    FileSystemBlobStore store;

    @Inject
    GreenCertConfig config;

    private Duration idle;

    @PostConstruct
    void atStartUp() {
        idle = config.abandonedUploadIdle();
        sweep();
    }

    /**
     * The REST API's multipart reader (Jersey, MIMEPull) spools a request body to {@code MIME*.tmp} in this
     * node's {@code java.io.tmpdir} before the resource method runs; a node killed meanwhile leaves it there.
     */
    private int deleteAbandonedSpools(Duration idle) throws IOException {
        return FileSystemBlobStore.deleteIdle(config.tempDir(), "MIME*.tmp", idle);
    }

    @Schedule(hour = "*", minute = "*/30", persistent = false)
    void sweep() {
        try {
            int deleted = store.deleteAbandonedUploads(idle) + deleteAbandonedSpools(idle);
            if (deleted > 0) {
                LOG.info(() -> "Deleted " + deleted + " abandoned upload(s)");
            }
        } catch (IOException e) {
            LOG.warning("Could not sweep abandoned uploads: " + e);
        }
    }
}
