package com.greencert.shared.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import com.greencert.shared.lifecycle.SchemaReady;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at start-up with Flyway, before anything else touches the database.
 * The data source is configured from MicroProfile Config (environment variables in production,
 * an embedded H2 database by default). Several nodes starting at once is safe: Flyway takes a lock.
 * A database that is down at start-up does not fail the deployment: readiness reports it, migration is
 * retried, and {@link SchemaReady} tells the start-up work when it can run.
 */
@DataSourceDefinition(
        name = DatabaseMigrator.DATA_SOURCE,
        className = "${MPCONFIG=greencert.db.datasource-class}",
        url = "${MPCONFIG=greencert.db.url}",
        user = "${MPCONFIG=greencert.db.user}",
        password = "${MPCONFIG=greencert.db.password}",
        minPoolSize = 1,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true",
            "fish.payara.connection-creation-retry-attempts=0"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    public static final String DATA_SOURCE = "java:app/jdbc/greencert";
    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());
    private static final long RETRY_MILLIS = 5_000;

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @Resource
    TimerService timers;

    @Inject
    Event<SchemaReady> schemaReady;

    private volatile String problem = "the schema has not been migrated yet";

    /** Migrates now; if the database is not reachable, keeps trying every few seconds (this node only). */
    @PostConstruct
    void start() {
        if (!tryMigrate()) {
            timers.createIntervalTimer(RETRY_MILLIS, RETRY_MILLIS, new TimerConfig("migrate-schema", false));
        }
    }

    @Timeout
    void retry(Timer timer) {
        if (tryMigrate()) {
            timer.cancel();
        }
    }

    /** Why the schema is not ready on this node, or empty once it is. */
    @Lock(LockType.READ)
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    private boolean tryMigrate() {
        try {
            MigrateResult result = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                    + " (" + result.migrationsExecuted + " migrations applied now)");
            problem = null;
        } catch (RuntimeException e) {
            problem = "schema migration pending: " + e.getMessage().lines().findFirst().orElse("");
            LOG.warning(() -> problem + " (retrying every " + RETRY_MILLIS / 1000 + " s)");
            return false;
        }
        schemaReady.fire(new SchemaReady());
        return true;
    }
}
