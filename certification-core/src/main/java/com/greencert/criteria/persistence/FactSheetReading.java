package com.greencert.criteria.persistence;

import com.greencert.criteria.domain.FactSheet;
import com.greencert.criteria.domain.SupplierFacts;
import com.greencert.shared.concurrent.Futures;
import com.greencert.shared.domain.TenantId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * One match's reading of suppliers' sheets, chunk by chunk, in two steps that overlap (docs/adr/0027): the calling
 * thread fetches a chunk's kept sheets and builds the missing ones from the tables (for this match; the upkeep keeps
 * them), while another thread decodes and cuts the chunk before (decoding took about as long as fetching; bench/README.md, matching). The chunks are decoded
 * one after the other, each after the one before, so one {@link FactSheetCodec.Reader} serves them all, and the
 * answer keeps the suppliers' order. The fetching runs at most {@value #AHEAD} chunks ahead, so a match holds only a
 * few chunks of undecoded bytes.
 */
final class FactSheetReading {

    static final int AHEAD = 2;

    /** What a reader may see of a sheet, made for each chunk on the calling thread (which may read the database). */
    interface Cut {
        Function<FactSheet, SupplierFacts> of(List<String> chunk);
    }

    /** A place whose kept sheet could not be decoded after all; its sheet is built from the tables at the end. */
    private record Hole(int at, String supplier, Function<FactSheet, SupplierFacts> cut) {
    }

    private final SqlFactSheets sql;
    private final FactSheetStore store;
    private final FactSheetCodec.Reader reader;
    private final Executor decoding;

    /** @param decoding where the chunks are decoded (a pool of the JVM: decoding needs nothing of the container) */
    FactSheetReading(SqlFactSheets sql, FactSheetCodec.Parts parts, Executor decoding) {
        this.sql = sql;
        this.store = new FactSheetStore(sql);
        this.reader = new FactSheetCodec.Reader(parts);
        this.decoding = decoding;
    }

    /** Every supplier's facts as {@code cut} lets the reader see them, in the chunks' order. */
    List<SupplierFacts> read(List<List<String>> chunks, Cut cut) {
        CompletableFuture<List<SupplierFacts>> facts = CompletableFuture.completedFuture(new ArrayList<>());
        Deque<CompletableFuture<?>> ahead = new ArrayDeque<>();
        List<Hole> holes = new ArrayList<>(); // written by the decoding steps only, read after the last one
        for (List<String> chunk : chunks) {
            if (ahead.size() >= AHEAD) {
                Futures.join(ahead.removeFirst());
            }
            List<Object[]> rows = store.validRows(chunk, reader);
            Map<String, FactSheet> built = build(missing(chunk, rows));
            Function<FactSheet, SupplierFacts> chunkCut = cut.of(chunk);
            facts = facts.thenApplyAsync(done -> decode(done, chunk, rows, built, chunkCut, holes), decoding);
            ahead.addLast(facts);
        }
        List<SupplierFacts> all = Futures.join(facts);
        fill(all, holes);
        return all;
    }

    private static List<String> missing(List<String> chunk, List<Object[]> rows) {
        Set<String> kept = new HashSet<>();
        for (Object[] r : rows) {
            kept.add(SqlValues.text(r[0]));
        }
        return chunk.stream().filter(s -> !kept.contains(s)).toList();
    }

    /** The suppliers' sheets built from the tables, for this match only (the upkeep keeps them). */
    private Map<String, FactSheet> build(List<String> suppliers) {
        Map<String, FactSheet> built = new HashMap<>();
        if (!suppliers.isEmpty()) {
            sql.read(suppliers).forEach(s -> built.put(s.supplier().value(), s));
        }
        return built;
    }

    private List<SupplierFacts> decode(List<SupplierFacts> done, List<String> chunk, List<Object[]> rows,
            Map<String, FactSheet> built, Function<FactSheet, SupplierFacts> cut, List<Hole> holes) {
        Map<String, FactSheet> sheets = new HashMap<>(built);
        for (Object[] r : rows) {
            String supplier = SqlValues.text(r[0]);
            FactSheet sheet = reader.read(TenantId.of(supplier), (byte[]) r[1], (byte[]) r[2], (byte[]) r[3]);
            if (sheet != null) {
                sheets.put(supplier, sheet);
            }
        }
        for (String supplier : chunk) {
            FactSheet sheet = sheets.get(supplier);
            if (sheet == null) {
                holes.add(new Hole(done.size(), supplier, cut));
            }
            done.add(sheet == null ? null : cut.apply(sheet));
        }
        return done;
    }

    /** Builds the sheets that were kept but no longer decode (a constant renamed since), and puts them in place. */
    private void fill(List<SupplierFacts> all, List<Hole> holes) {
        for (int i = 0; i < holes.size(); i += SqlSupplierFacts.CHUNK) {
            List<Hole> some = holes.subList(i, Math.min(holes.size(), i + SqlSupplierFacts.CHUNK));
            Map<String, FactSheet> built = build(some.stream().map(Hole::supplier).toList());
            for (Hole h : some) {
                all.set(h.at(), h.cut().apply(built.get(h.supplier())));
            }
        }
    }

}
