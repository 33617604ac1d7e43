package com.greencert.criteria.persistence;

import com.greencert.criteria.domain.FactSheet;
import com.greencert.shared.domain.TenantId;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The kept {@link FactSheet}s (V30, docs/adr/0027): a sheet counts only while its stamp equals its supplier's
 * {@code tenant.facts_stamp}, which every change of what it holds counts up in the changing transaction. So a sheet
 * is read on any node exactly as long as nothing it holds has changed, with no message between nodes.
 */
final class FactSheetStore {

    static final String STAMPS = "select t.id, t.facts_stamp from tenant t where t.id in (%s)";
    /** The valid kept sheets: the head, and the shared part and compositions where a reader needs them. */
    static final String VALID = "select s.tenant_id, s.head, %s, %s from supplier_fact_sheet s"
            + " join tenant t on t.id = s.tenant_id and t.facts_stamp = s.stamp where s.tenant_id in (%%s)";

    private final SqlFactSheets sql;

    FactSheetStore(SqlFactSheets sql) {
        this.sql = sql;
    }

    /** The kept sheets of the suppliers that are still valid and readable, by supplier, read as far as needed. */
    Map<String, FactSheet> valid(List<String> suppliers, FactSheetCodec.Reader reader) {
        Map<String, FactSheet> sheets = new HashMap<>();
        FactSheetCodec.Parts parts = reader.parts();
        String query = VALID.formatted(parts == FactSheetCodec.Parts.PUBLIC ? "null" : "s.shared_part",
                parts == FactSheetCodec.Parts.ALL ? "s.composition" : "null");
        for (Object[] r : sql.rows(query, suppliers, null)) {
            String supplier = SqlValues.text(r[0]);
            FactSheet sheet = reader.read(TenantId.of(supplier), (byte[]) r[1], (byte[]) r[2], (byte[]) r[3]);
            if (sheet != null) {
                sheets.put(supplier, sheet);
            }
        }
        return sheets;
    }

    /** Each supplier's stamp now (read before its facts, so that a sheet is never newer-stamped than its facts). */
    Map<String, Long> stamps(List<String> suppliers) {
        Map<String, Long> stamps = new HashMap<>();
        for (Object[] r : sql.rows(STAMPS, suppliers, null)) {
            stamps.put(SqlValues.text(r[0]), ((Number) r[1]).longValue());
        }
        return stamps;
    }

    /** A sheet to keep: its bytes and the stamp its facts were read under. */
    record Kept(String supplier, long stamp, FactSheetCodec.Encoded sheet) {
    }

    /** The built sheets to keep, encoded; a supplier without a stamp (no tenant row) is not kept. */
    static List<Kept> toKeep(Map<String, Long> stamps, List<FactSheet> sheets) {
        List<Kept> kept = new java.util.ArrayList<>(sheets.size());
        for (FactSheet sheet : sheets) {
            Long stamp = stamps.get(sheet.supplier().value());
            if (stamp != null) {
                kept.add(new Kept(sheet.supplier().value(), stamp, FactSheetCodec.encode(sheet)));
            }
        }
        return kept;
    }

    /** Keeps the sheets, replacing what was kept of their suppliers. */
    static void write(EntityManager em, List<Kept> sheets, Instant now) {
        if (sheets.isEmpty()) {
            return;
        }
        em.createNativeQuery("delete from supplier_fact_sheet where tenant_id in (%s)"
                .formatted(SqlFactSheets.literals(sheets.stream().map(Kept::supplier).toList())))
                .setHint(SqlFactSheets.NATIVE, true).executeUpdate();
        Timestamp at = Timestamp.from(now);
        for (Kept k : sheets) {
            em.createNativeQuery("insert into supplier_fact_sheet (tenant_id, stamp, head, shared_part, composition,"
                    + " built_at) values (?, ?, ?, ?, ?, ?)").setHint(SqlFactSheets.NATIVE, true)
                    .setParameter(1, k.supplier()).setParameter(2, k.stamp()).setParameter(3, k.sheet().head())
                    .setParameter(4, k.sheet().shared()).setParameter(5, k.sheet().composition()).setParameter(6, at)
                    .executeUpdate();
        }
    }

    /** Counts the supplier's stamp up: its kept sheet no longer counts, on any node, once this transaction commits. */
    static void touch(EntityManager em, TenantId supplier) {
        em.createNativeQuery("update tenant set facts_stamp = facts_stamp + 1 where id = ?")
                .setHint(SqlFactSheets.NATIVE, true).setParameter(1, supplier.value()).executeUpdate();
    }
}
