package com.greencert.registry.bench;

import com.greencert.registry.domain.SupplierDocument;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes the synthetic registry into GreenCert's tables (company_profile, product, facility) with JDBC batches:
 * for the MariaDB FULLTEXT baseline and for loading a running portal's database before the API benchmark
 * ({@code main}: JDBC URL, suppliers, seed). Only public data is generated, so what is written is what is indexed.
 */
public final class RegistryLoader {

    private RegistryLoader() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int suppliers = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        try (Connection c = java.sql.DriverManager.getConnection(url, "root", "")) {
            long start = System.nanoTime();
            long products = load(c, new SyntheticRegistry(seed), suppliers);
            feed(c, suppliers);
            System.out.printf("loaded %d suppliers, %d products in %.1f s%n", suppliers, products,
                    (System.nanoTime() - start) / 1e9);
        }
    }

    /** One change-feed row per supplier, so that every running node indexes them (ADR 0018). */
    static void feed(Connection c, int n) throws SQLException {
        try (PreparedStatement change = c.prepareStatement("insert into registry_change (id, supplier_tenant_id, reason,"
                + " changed_at) values (?,?,'bench',?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            for (int i = 0; i < n; i++) {
                change.setString(1, UUID.randomUUID().toString());
                change.setString(2, "syn-" + i);
                change.setTimestamp(3, now);
                change.addBatch();
                if (i % 1000 == 999 || i == n - 1) {
                    change.executeBatch();
                    c.commit();
                }
            }
        }
    }

    /** Inserts suppliers 0..n-1; returns how many products. */
    public static long load(Connection c, SyntheticRegistry registry, int n) throws SQLException {
        c.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        long products = 0;
        try (PreparedStatement profile = c.prepareStatement("insert into company_profile (id, tenant_id, legal_name_en,"
                + " legal_name_zh, country, uscc, registered_address, names_visibility, registration_visibility,"
                + " addresses_visibility, contact_visibility, updated_at, version) values (?,?,?,?,?,?,?,?,?,?,?,?,1)");
                PreparedStatement product = c.prepareStatement("insert into product (id, tenant_id, name_en, name_zh,"
                        + " hs_code, un_number, transport_class, ghs_hazard_classes, created_at, updated_at, version)"
                        + " values (?,?,?,?,?,?,?,?,?,?,1)");
                PreparedStatement facility = c.prepareStatement("insert into facility (id, tenant_id, name, address,"
                        + " country, created_at, version) values (?,?,?,?,?,?,1)")) {
            for (int i = 0; i < n; i++) {
                SyntheticRegistry.Supplier s = registry.supplier(i);
                SupplierDocument d = s.document();
                String tenant = d.id();
                profile.setString(1, UUID.randomUUID().toString());
                profile.setString(2, tenant);
                profile.setString(3, d.nameEn());
                profile.setString(4, d.nameZh());
                profile.setString(5, d.country());
                profile.setString(6, s.document().uscc() == null ? null : d.uscc());
                profile.setString(7, "1 " + s.brand()[1] + " Road, " + s.place().en());
                profile.setString(8, "PUBLIC");
                profile.setString(9, d.uscc() == null ? "PRIVATE" : "PUBLIC");
                profile.setString(10, d.addresses().isEmpty() ? "PRIVATE" : "PUBLIC");
                profile.setString(11, "PRIVATE");
                profile.setTimestamp(12, now);
                profile.addBatch();
                for (SupplierDocument.ProductEntry p : d.products()) {
                    product.setString(1, UUID.randomUUID().toString());
                    product.setString(2, tenant);
                    product.setString(3, p.nameEn());
                    product.setString(4, p.nameZh());
                    product.setString(5, p.hsCode());
                    product.setString(6, p.unNumber() == null ? null : "UN" + p.unNumber());
                    product.setString(7, p.transportClass());
                    product.setString(8, p.ghsClasses().isEmpty() ? null : String.join(" ", p.ghsClasses()));
                    product.setTimestamp(9, now);
                    product.setTimestamp(10, now);
                    product.addBatch();
                    products++;
                }
                for (SupplierDocument.FacilityEntry f : d.facilities()) {
                    facility.setString(1, UUID.randomUUID().toString());
                    facility.setString(2, tenant);
                    facility.setString(3, f.name());
                    facility.setString(4, f.address() == null ? "-" : f.address());
                    facility.setString(5, f.country());
                    facility.setTimestamp(6, now);
                    facility.addBatch();
                }
                if (i % 1000 == 999 || i == n - 1) {
                    profile.executeBatch();
                    product.executeBatch();
                    facility.executeBatch();
                    c.commit();
                }
            }
        }
        return products;
    }
}
