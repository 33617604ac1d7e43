package com.greencert.criteria.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.criteria.domain.EvidenceFact;
import com.greencert.criteria.domain.ProductFact;
import com.greencert.criteria.domain.SupplierFacts;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.reference.domain.GhsHazardClass;
import com.greencert.reference.domain.GhsHazardStatement;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.persistence.H2Database;
import com.greencert.supplier.domain.FacilityId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import com.greencert.supplier.domain.Quantity;
import com.greencert.supplier.domain.Unit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The facts a buyer sees of suppliers, read in plain SQL across tenants on the migrated schema (H2): only evidence
 * granted to this buyer and not revoked or retired, markers (type only) for what it was not granted, every product
 * and facility of the supplier named and nothing of another supplier; the public registry's facts without evidence,
 * markers, hazard statements or SVHC verdicts.
 */
class SqlSupplierFactsTest {

    private static final String URL = "jdbc:h2:mem:supplier-facts;DB_CLOSE_DELAY=-1";
    private static final TenantId ANNA = TenantId.of("eurochem-buyer");
    private static final TenantId BEN = TenantId.of("pacific-retail");
    private static final TenantId LI = TenantId.of("jiangsu-greenchem");
    private static final TenantId WANG = TenantId.of("shenzhen-cells");
    private static final String PRODUCT = UUID.randomUUID().toString();
    private static final String FACILITY = UUID.randomUUID().toString();
    private static final String SDS_SHARED = UUID.randomUUID().toString();
    private static final String REPORT_REVOKED = UUID.randomUUID().toString();
    private static final String REPORT_TO_BEN = UUID.randomUUID().toString();
    private static final String RETIRED = UUID.randomUUID().toString();
    private static EntityManagerFactory emf;

    @BeforeAll
    static void start() {
        emf = H2Database.migratedAndOpen(URL, "supplier-facts-test");
        inTransaction(em -> {
            product(em, LI, PRODUCT, "Lithium cell LC-18650", "UN3480", "9", "FLAMMABLE_LIQUIDS EXPLOSIVES", "H225 H302");
            product(em, WANG, UUID.randomUUID().toString(), "Wang's secret cell", null, null, null, null);
            em.createNativeQuery("insert into facility (id, tenant_id, name, address, country, created_at, version)"
                    + " values (?, ?, 'Plant 1', 'Nanjing', 'CN', current_timestamp, 0)")
                    .setParameter(1, FACILITY).setParameter(2, LI.value()).setHint(SqlSupplierFacts.NATIVE, true).executeUpdate();
            evidence(em, LI, SDS_SHARED, "SAFETY_DATA_SHEET", PRODUCT, null);
            evidence(em, LI, REPORT_REVOKED, "TEST_REPORT", null, null);
            evidence(em, LI, REPORT_TO_BEN, "UN38_3_SUMMARY", PRODUCT, null);
            evidence(em, LI, RETIRED, "AUDIT_REPORT", null, java.time.Instant.parse("2026-11-01T00:00:00Z"));
            em.createNativeQuery("insert into product_declared_value (product_id, quantity, amount, evidence_id)"
                    + " values (?, 'CARBON_FOOTPRINT', 1.8000, ?)").setParameter(1, PRODUCT).setParameter(2, SDS_SHARED)
                    .setHint(SqlSupplierFacts.NATIVE, true).executeUpdate();
            profile(em, LI, "PUBLIC");
            profile(em, WANG, "PRIVATE");
            grant(em, SDS_SHARED, LI, ANNA, false);
            grant(em, REPORT_REVOKED, LI, ANNA, true);
            grant(em, REPORT_TO_BEN, LI, BEN, false);
            grant(em, RETIRED, LI, ANNA, false);
            return null;
        });
    }

    @AfterAll
    static void stop() {
        if (emf != null) {
            emf.close();
        }
    }

    @Test
    void a_buyer_sees_what_was_granted_to_it_and_only_the_types_of_what_was_not() {
        SupplierFacts li = inTransaction(em -> source(em).shared(ANNA, List.of(LI), null)).getFirst();

        assertThat(li.supplier()).isEqualTo(LI);
        assertThat(li.complete()).isTrue();
        assertThat(li.evidence()).extracting(e -> e.id().toString()).containsExactly(SDS_SHARED);
        EvidenceFact sds = li.evidence().getFirst();
        assertThat(sds.type()).isEqualTo(EvidenceType.SAFETY_DATA_SHEET);
        assertThat(sds.issuedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(sds.expiresOn()).isEqualTo(LocalDate.of(2029, 3, 1));
        assertThat(sds.sha256()).hasSize(64);
        assertThat(sds.products()).extracting(Object::toString).containsExactly(PRODUCT);
        // revoked, and granted to another buyer: only their types; the retired piece not even that
        assertThat(li.withholds(EvidenceType.TEST_REPORT)).isTrue();
        assertThat(li.withholds(EvidenceType.UN38_3_SUMMARY)).isTrue();
        assertThat(li.withholds(EvidenceType.AUDIT_REPORT)).isFalse();
        assertThat(li.withholds(EvidenceType.SAFETY_DATA_SHEET)).isFalse();

        ProductFact cell = li.products().getFirst();
        assertThat(li.products()).hasSize(1);
        assertThat(cell.name()).isEqualTo("Lithium cell LC-18650");
        assertThat(cell.needsUn383TestSummary()).isTrue();
        assertThat(cell.ghsClasses()).containsExactlyInAnyOrder(GhsHazardClass.FLAMMABLE_LIQUIDS, GhsHazardClass.EXPLOSIVES);
        assertThat(cell.statements()).containsExactlyInAnyOrder(GhsHazardStatement.of("H225"), GhsHazardStatement.of("H302"));
        assertThat(li.facilities()).containsExactly(FacilityId.parse(FACILITY));
        assertThat(cell.declared(Quantity.CARBON_FOOTPRINT)).hasValueSatisfying(v -> {
            assertThat(v.value()).isEqualByComparingTo("1.8");
            assertThat(v.unit()).isEqualTo(Unit.KG_CO2E_PER_KG);
            assertThat(v.supportedBy()).hasToString(SDS_SHARED);
        });
        assertThat(cell.declared(Quantity.RECYCLED_CONTENT)).isEmpty();
    }

    @Test
    void another_buyer_sees_its_own_grant_and_a_supplier_is_never_mixed_with_another() {
        List<SupplierFacts> both = inTransaction(em -> source(em).shared(BEN, List.of(WANG, LI), null));

        assertThat(both).extracting(SupplierFacts::supplier).containsExactly(WANG, LI);
        assertThat(both.get(1).evidence()).extracting(e -> e.id().toString()).containsExactly(REPORT_TO_BEN);
        assertThat(both.get(1).withholds(EvidenceType.SAFETY_DATA_SHEET)).isTrue();
        assertThat(both.getFirst().products()).extracting(ProductFact::name).containsExactly("Wang's secret cell");
        assertThat(both.getFirst().evidence()).isEmpty();
        assertThat(both.getFirst().facilities()).isEmpty();
    }

    @Test
    void the_public_registry_shows_classification_but_no_evidence_markers_statements_or_verdicts() {
        SupplierFacts li = inTransaction(em -> source(em).publicRegistry(List.of(LI))).getFirst();

        assertThat(li.complete()).isFalse();
        assertThat(li.evidence()).isEmpty();
        assertThat(li.withheld()).isEmpty();
        assertThat(li.products().getFirst().ghsClasses()).contains(GhsHazardClass.FLAMMABLE_LIQUIDS);
        assertThat(li.products().getFirst().statements()).isEmpty();
        assertThat(li.products().getFirst().svhc()).isNull();
        assertThat(li.products().getFirst().declaredValues()).isEmpty(); // product data, shown to accepted buyers only
    }

    @Test
    void of_a_supplier_the_registry_does_not_list_only_its_credentials_are_public() {
        SupplierFacts wang = inTransaction(em -> source(em).publicRegistry(List.of(WANG))).getFirst();

        assertThat(wang.products()).isEmpty();
        assertThat(wang.facilities()).isEmpty();
        assertThat(wang.complete()).isFalse();
    }

    @Test
    void suppliers_are_read_in_chunks_and_each_appears_once_in_the_order_given() {
        List<TenantId> many = new java.util.ArrayList<>();
        int others = SqlSupplierFacts.CHUNK * SqlSupplierFacts.MANY_CHUNKS + 3; // enough to read all grants at once
        for (int i = 0; i < others; i++) {
            many.add(TenantId.of("nobody-" + i));
        }
        many.add(LI);
        many.add(LI);
        List<SupplierFacts> read = inTransaction(em -> source(em).shared(ANNA, many, null));
        assertThat(read).hasSize(others + 1);
        assertThat(read.getLast().supplier()).isEqualTo(LI);
        assertThat(read.getLast().evidence()).extracting(e -> e.id().toString()).containsExactly(SDS_SHARED);
        assertThat(inTransaction(em -> source(em).shared(BEN, many, null)).getLast().evidence())
                .extracting(e -> e.id().toString()).containsExactly(REPORT_TO_BEN);
    }

    @Test
    void suppliers_are_written_into_the_sql_as_quoted_tenant_ids_and_nothing_else_is() {
        assertThat(SqlSupplierFacts.literals(List.of("jiangsu-greenchem", "s-000001")))
                .isEqualTo("'jiangsu-greenchem','s-000001'");
        assertThatThrownBy(() -> SqlSupplierFacts.literals(List.of("x' or '1'='1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SqlSupplierFacts.literals(List.of("X")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void facts_read_from_kept_sheets_equal_those_built_from_the_tables_until_a_change_counts_the_stamp_up() {
        inTransaction(em -> em.createNativeQuery("delete from supplier_fact_sheet").setHint(SqlSupplierFacts.NATIVE, true)
                .executeUpdate());
        List<SupplierFacts> built = inTransaction(em -> {
            List<SupplierFacts> facts = new java.util.ArrayList<>(source(em).shared(ANNA, List.of(LI, WANG), null));
            facts.addAll(source(em).publicRegistry(List.of(LI, WANG)));
            return facts;
        });
        assertThat(keptSheets()).as("a match only reads").isZero();
        assertThat(keepMissing(100)).isEqualTo(2);

        // a change made behind the stamp's back is not seen: the facts come from the kept sheets
        inTransaction(em -> em.createNativeQuery("update product set name_en = 'Renamed cell' where id = ?")
                .setParameter(1, PRODUCT).setHint(SqlSupplierFacts.NATIVE, true).executeUpdate());
        List<SupplierFacts> kept = inTransaction(em -> {
            List<SupplierFacts> facts = new java.util.ArrayList<>(source(em).shared(ANNA, List.of(LI, WANG), null));
            facts.addAll(source(em).publicRegistry(List.of(LI, WANG)));
            return facts;
        });
        assertThat(kept).isEqualTo(built);
        // grants are read at each match, never kept: ben sees his own from the same sheet
        assertThat(inTransaction(em -> source(em).shared(BEN, List.of(LI), null)).getFirst().evidence())
                .extracting(e -> e.id().toString()).containsExactly(REPORT_TO_BEN);

        // once the change counts the stamp up (as every service that changes a supplier's facts does), it is seen
        try {
            inTransaction(em -> {
                source(em).changed(LI);
                return null;
            });
            assertThat(inTransaction(em -> source(em).shared(ANNA, List.of(LI), null)).getFirst().products())
                    .extracting(ProductFact::name).containsExactly("Renamed cell");
        } finally {
            inTransaction(em -> em.createNativeQuery("update product set name_en = 'Lithium cell LC-18650' where id = ?")
                    .setParameter(1, PRODUCT).setHint(SqlSupplierFacts.NATIVE, true).executeUpdate());
            inTransaction(em -> {
                source(em).changed(LI);
                return null;
            });
        }
    }

    @Test
    void the_upkeep_keeps_the_sheets_of_suppliers_with_none_valid_a_bounded_number_at_a_time() {
        inTransaction(em -> em.createNativeQuery("delete from supplier_fact_sheet").setHint(SqlSupplierFacts.NATIVE, true)
                .executeUpdate());
        // two suppliers here (li, wang): buyers have no sheets
        assertThat(keepMissing(1)).isEqualTo(1);
        assertThat(keptSheets()).isEqualTo(1);
        assertThat(keepMissing(100)).isEqualTo(1);
        assertThat(keepMissing(100)).isZero();
        assertThat(keptSheets()).isEqualTo(2);
        // a change makes li's sheet stale: the next round builds li's alone, and a match reads it as kept
        inTransaction(em -> {
            source(em).changed(LI);
            return null;
        });
        assertThat(keepMissing(100)).isEqualTo(1);
        assertThat(keepMissing(100)).isZero();
        assertThat(inTransaction(em -> source(em).publicRegistry(List.of(LI))).getFirst().products())
                .extracting(ProductFact::name).containsExactly("Lithium cell LC-18650");
        // a sheet of another format (an older release's) counts as missing too
        inTransaction(em -> em.createNativeQuery("update supplier_fact_sheet set head = ? where tenant_id = ?")
                .setParameter(1, new byte[] {(byte) (FactSheetCodec.FORMAT - 1), 1}).setParameter(2, WANG.value())
                .setHint(SqlSupplierFacts.NATIVE, true).executeUpdate());
        assertThat(keepMissing(100)).isEqualTo(1);
        assertThat(keepMissing(100)).isZero();
    }

    @Test
    void a_sheet_that_cannot_be_kept_does_not_hold_back_the_others_of_its_chunk() {
        inTransaction(em -> em.createNativeQuery("delete from supplier_fact_sheet").setHint(SqlSupplierFacts.NATIVE, true)
                .executeUpdate());
        List<Integer> batches = new java.util.ArrayList<>();
        int kept = inTransaction(em -> {
            SqlSupplierFacts source = source(em);
            FactSheetWriter real = source.writer;
            source.writer = new FactSheetWriter() { // wang's sheet is refused, as a sheet too large for its column is
                @Override
                void write(List<FactSheetStore.Kept> sheets) {
                    batches.add(sheets.size());
                    if (sheets.stream().anyMatch(k -> k.supplier().equals(WANG.value()))) {
                        throw new IllegalStateException("Data too long for column 'head'");
                    }
                    real.write(sheets);
                }
            };
            return source.keepMissing(100);
        });
        assertThat(kept).isEqualTo(1);
        assertThat(batches).containsExactly(2, 1, 1);
        assertThat(keptSheets()).isEqualTo(1);
        assertThat(keepMissing(100)).isEqualTo(1); // wang's, once it fits
    }

    private static int keepMissing(int most) {
        return inTransaction(em -> source(em).keepMissing(most));
    }

    private static long keptSheets() {
        return inTransaction(em -> ((Number) em.createNativeQuery("select count(*) from supplier_fact_sheet")
                .setHint(SqlSupplierFacts.NATIVE, true).getSingleResult()).longValue());
    }

    @Test
    void a_kept_sheet_of_another_format_or_unreadable_is_built_again() {
        keepMissing(100);
        inTransaction(em -> em.createNativeQuery("update supplier_fact_sheet set head = ? where tenant_id = ?")
                .setParameter(1, new byte[] {99, 1, 2}).setParameter(2, LI.value()).setHint(SqlSupplierFacts.NATIVE, true)
                .executeUpdate());
        assertThat(inTransaction(em -> source(em).publicRegistry(List.of(LI))).getFirst().products())
                .extracting(ProductFact::name).containsExactly("Lithium cell LC-18650");
        assertThat(keepMissing(100)).isEqualTo(1);
        assertThat((byte[]) inTransaction(em -> em.createNativeQuery("select head from supplier_fact_sheet where tenant_id = ?")
                .setParameter(1, LI.value()).setHint(SqlSupplierFacts.NATIVE, true).getSingleResult()))
                .startsWith(FactSheetCodec.FORMAT);

        // of this format but cut short: it fails only while decoding, on the other thread, and is built at the end,
        // in its place among the others
        inTransaction(em -> em.createNativeQuery("update supplier_fact_sheet set head = ? where tenant_id = ?")
                .setParameter(1, new byte[] {FactSheetCodec.FORMAT, 1}).setParameter(2, LI.value())
                .setHint(SqlSupplierFacts.NATIVE, true).executeUpdate());
        List<SupplierFacts> read = inTransaction(em -> source(em).shared(ANNA, List.of(WANG, LI, WANG), null));
        assertThat(read).extracting(f -> f.supplier().value()).containsExactly(WANG.value(), LI.value());
        assertThat(read.get(1).products()).extracting(ProductFact::name).containsExactly("Lithium cell LC-18650");
    }

    /** As CDI wires it: the upkeep keeps sheets (here in the test's own transaction rather than one of their own). */
    private static SqlSupplierFacts source(EntityManager em) {
        SqlSupplierFacts source = new SqlSupplierFacts();
        source.em = em;
        source.writer = new FactSheetWriter();
        source.writer.em = em;
        source.writer.clock = java.time.Clock.systemUTC();
        return source;
    }

    private static void product(EntityManager em, TenantId tenant, String id, String name, String un, String transport,
            String classes, String statements) {
        em.createNativeQuery("insert into product (id, tenant_id, name_en, hs_code, un_number, transport_class,"
                        + " ghs_hazard_classes, hazard_statements, created_at, updated_at, version)"
                        + " values (?, ?, ?, '850650', ?, ?, ?, ?, current_timestamp, current_timestamp, 0)")
                .setParameter(1, id).setParameter(2, tenant.value()).setParameter(3, name).setParameter(4, un)
                .setParameter(5, transport).setParameter(6, classes).setParameter(7, statements).setHint(SqlSupplierFacts.NATIVE, true).executeUpdate();
    }

    private static void profile(EntityManager em, TenantId tenant, String namesVisibility) {
        em.createNativeQuery("insert into tenant (id, name_en, tenant_type, created_at, version)"
                + " values (?, ?, 'SUPPLIER', current_timestamp, 0)").setParameter(1, tenant.value())
                .setParameter(2, tenant.value()).setHint(SqlSupplierFacts.NATIVE, true).executeUpdate();
        em.createNativeQuery("insert into company_profile (id, tenant_id, legal_name_en, country, registered_address,"
                        + " names_visibility, registration_visibility, addresses_visibility, contact_visibility, updated_at,"
                        + " version) values (?, ?, ?, 'CN', 'Nanjing', ?, 'PUBLIC', 'PUBLIC', 'PRIVATE', current_timestamp, 0)")
                .setParameter(1, UUID.randomUUID().toString()).setParameter(2, tenant.value()).setParameter(3, tenant.value())
                .setParameter(4, namesVisibility).setHint(SqlSupplierFacts.NATIVE, true).executeUpdate();
    }

    private static void evidence(EntityManager em, TenantId tenant, String id, String type, String products,
            java.time.Instant retiredAt) {
        em.createNativeQuery("insert into evidence (id, tenant_id, evidence_type, title, issuer, issued_on, expires_on,"
                        + " language, product_ids, original_filename, media_type, size_bytes, sha256, storage_key,"
                        + " version_no, uploaded_by, uploaded_at, retired_at, version) values (?, ?, ?, 'Title', 'Lab',"
                        + " ?, ?, 'en', ?, 'f.pdf', 'application/pdf', 10, ?, 'key', 1, 'li', current_timestamp, ?, 0)")
                .setParameter(1, id).setParameter(2, tenant.value()).setParameter(3, type)
                .setParameter(4, java.sql.Date.valueOf("2026-03-01")).setParameter(5, java.sql.Date.valueOf("2029-03-01"))
                .setParameter(6, products).setParameter(7, "a".repeat(64))
                .setParameter(8, retiredAt == null ? null : java.sql.Timestamp.from(retiredAt)).setHint(SqlSupplierFacts.NATIVE, true).executeUpdate();
    }

    private static void grant(EntityManager em, String evidence, TenantId owner, TenantId grantee, boolean revoked) {
        em.createNativeQuery("insert into evidence_grant (id, evidence_id, owner_tenant_id, grantee_tenant_id,"
                        + " granted_by, granted_at, revoked_by, revoked_at, version)"
                        + " values (?, ?, ?, ?, 'li', current_timestamp, ?, ?, 0)")
                .setParameter(1, UUID.randomUUID().toString()).setParameter(2, evidence).setParameter(3, owner.value())
                .setParameter(4, grantee.value()).setParameter(5, revoked ? "li" : null)
                .setParameter(6, revoked ? java.sql.Timestamp.from(java.time.Instant.now()) : null).setHint(SqlSupplierFacts.NATIVE, true).executeUpdate();
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        return H2Database.inTransaction(emf, "nobody", work);
    }
}
