package com.greencert.criteria.persistence;

import com.greencert.criteria.domain.FactSheet;
import com.greencert.shared.domain.TenantId;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The kept {@link FactSheet}s (V30, docs/adr/0027): a sheet counts only while its stamp equals its supplier's
 * {@code tenant.facts_stamp}, which every change of what it holds counts up in the changing transaction. So a sheet
 * is read on any node exactly as long as nothing it holds has changed, with no message between nodes.
 */
final class FactSheetStore {

    /** Suppliers with no sheet kept at their stamp and of this release's format (its first byte); a limit to fill in. */
    static final String MISSING = ("select t.id from tenant t left join supplier_fact_sheet s on s.tenant_id = t.id"
            + " and s.stamp = t.facts_stamp and substring(s.head, 1, 1) = X'%02X' where t.tenant_type = 'SUPPLIER'"
            + " and s.tenant_id is null order by t.id limit %%d").formatted(FactSheetCodec.FORMAT);
    static final String STAMPS = "select t.id, t.facts_stamp from tenant t where t.id in (%s)";
    /** The valid kept sheets: the head, and the shared part and compositions where a reader needs them. */
    static final String VALID = "select s.tenant_id, s.head, %s, %s from supplier_fact_sheet s"
            + " join tenant t on t.id = s.tenant_id and t.facts_stamp = s.stamp where s.tenant_id in (%%s)";

    private final SqlFactSheets sql;

    FactSheetStore(SqlFactSheets sql) {
        this.sql = sql;
    }

    /**
     * The kept sheets of the suppliers that are still valid and of this release's format, as fetched: the supplier's
     * id, then the head, shared part and compositions as far as the reader needs them (null columns for the rest).
     * Decoding them is left to the caller ({@link FactSheetReading} does it on another thread).
     */
    List<Object[]> validRows(List<String> suppliers, FactSheetCodec.Reader reader) {
        FactSheetCodec.Parts parts = reader.parts();
        String query = VALID.formatted(parts == FactSheetCodec.Parts.PUBLIC ? "null" : "s.shared_part",
                parts == FactSheetCodec.Parts.ALL ? "s.composition" : "null");
        List<Object[]> rows = new ArrayList<>(suppliers.size());
        for (Object[] r : sql.rows(query, suppliers, null)) {
            if (reader.readable((byte[]) r[1], (byte[]) r[2], (byte[]) r[3])) {
                rows.add(r);
            }
        }
        return rows;
    }

    /** Up to {@code most} suppliers of which no valid sheet is kept (none, an older stamp's or format's), by id. */
    List<String> missing(int most) {
        List<String> suppliers = new ArrayList<>();
        for (Object[] r : sql.rows(MISSING.formatted(Math.max(0, most)))) {
            suppliers.add(SqlValues.text(r[0]));
        }
        return suppliers;
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
        List<Kept> kept = new ArrayList<>(sheets.size());
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
