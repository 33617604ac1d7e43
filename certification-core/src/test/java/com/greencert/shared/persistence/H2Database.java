package com.greencert.shared.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * For mapping tests: an in-memory H2 database migrated by the production Flyway scripts, and the
 * {@code greencert} persistence unit opened on it without JTA and without a preset tenant.
 */
public final class H2Database {

    private H2Database() {
    }

    public static MigrateResult migrate(String url) {
        return Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
    }

    /** The unit on an already migrated database; {@code overrides} replace or add properties. */
    public static EntityManagerFactory open(String url, Map<String, Object> overrides) {
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        props.put("jakarta.persistence.jtaDataSource", "");
        props.put("jakarta.persistence.jdbc.url", url);
        props.put("jakarta.persistence.jdbc.user", "sa");
        props.put("jakarta.persistence.jdbc.password", "");
        props.put("jakarta.persistence.jdbc.driver", "org.h2.Driver");
        props.put("eclipselink.session.customizer", NoTenantCustomizer.class.getName());
        props.put("eclipselink.weaving", "false");
        props.put("eclipselink.logging.level", "WARNING");
        props.putAll(overrides);
        return Persistence.createEntityManagerFactory("greencert", props);
    }

    /** The entity-manager properties that make {@code tenant} the current tenant, as the container does per transaction. */
    public static Map<String, Object> asTenant(String tenant) {
        return Map.of("eclipselink.tenant-id", tenant, TenantSessionCustomizer.PARTY_PROPERTY, tenant);
    }

    /** Runs the work in one transaction as {@code tenant}, committed; rolled back if the work fails. */
    public static <T> T inTransaction(EntityManagerFactory emf, String tenant,
            java.util.function.Function<jakarta.persistence.EntityManager, T> work) {
        jakarta.persistence.EntityManager em = emf.createEntityManager(asTenant(tenant));
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Migrates, then opens the unit under its own session name. */
    public static EntityManagerFactory migratedAndOpen(String url, String sessionName) {
        migrate(url);
        return open(url, Map.of("eclipselink.session-name", sessionName));
    }
}
