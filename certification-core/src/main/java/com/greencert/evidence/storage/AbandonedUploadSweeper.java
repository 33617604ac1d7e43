package com.greencert.evidence.storage;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Deletes the temporary files of uploads that were killed half-way (node stopped, connection lost): at
 * start-up and every half hour. An upload in progress keeps writing its file, so only files idle for
 * {@code greencert.storage.tmp-idle-seconds} (default {@link #DEFAULT_IDLE}) are taken, which keeps this
 * safe when several nodes share one storage directory.
 */
@Singleton
@Startup
public class AbandonedUploadSweeper {

    static final Duration DEFAULT_IDLE = Duration.ofMinutes(2);
    private static final Logger LOG = Logger.getLogger(AbandonedUploadSweeper.class.getName());

    @Inject
    FileSystemBlobStore store;

    private Duration idle = DEFAULT_IDLE;

    @PostConstruct
    void atStartUp() {
        idle = ConfigProvider.getConfig(AbandonedUploadSweeper.class.getClassLoader())
                .getOptionalValue("greencert.storage.tmp-idle-seconds", Long.class)
                .map(Duration::ofSeconds).orElse(DEFAULT_IDLE);
        sweep();
    }

    /**
     * The REST API's multipart reader (Jersey, MIMEPull) spools a request body to {@code MIME*.tmp} in this
     * node's {@code java.io.tmpdir} before the resource method runs; a node killed meanwhile leaves it there.
     */
    private static int deleteAbandonedSpools(Duration idle) throws IOException {
        return FileSystemBlobStore.deleteIdle(Path.of(System.getProperty("java.io.tmpdir")), "MIME*.tmp", idle);
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
