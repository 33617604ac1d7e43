package com.greencert.shared.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at start-up with Flyway, before anything else touches the database.
 * The data source is configured from MicroProfile Config (environment variables in production,
 * an embedded H2 database by default). Several nodes starting at once is safe: Flyway takes a lock.
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

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
