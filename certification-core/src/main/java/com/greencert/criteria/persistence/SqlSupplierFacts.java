package com.greencert.criteria.persistence;

import com.greencert.criteria.domain.FactSheet;
import com.greencert.criteria.domain.SupplierFacts;
import com.greencert.criteria.domain.SupplierFactsSource;
import com.greencert.evidence.domain.EvidenceId;
import com.greencert.shared.domain.TenantId;
import com.greencert.svhc.domain.SvhcListVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads suppliers' facts {@value #CHUNK} suppliers at a time (docs/adr/0024, 0027): each supplier's {@link FactSheet}
 * as kept, when still valid, else built from the tables ({@link SqlFactSheets}); then, for a buyer, the ids of the
 * evidence each granted it. A chunk is decoded on another thread while the next is fetched ({@link
 * FactSheetReading}). A match only reads: sheets are kept by the upkeep ({@link #keepMissing}, one node of the
 * cluster every 30 s), never by the match that built them. The sheets are cut to what the reader may see by {@link
 * FactSheet#sharedWith} and {@link FactSheet#published}, the one place of that privacy rule; {@code
 * SqlSupplierFactsTest} shows it holds, from the tables and from kept sheets alike.
 */
@ApplicationScoped
class SqlSupplierFacts implements SupplierFactsSource {

    static final int CHUNK = 500;
    static final String NATIVE = SqlFactSheets.NATIVE;
    /** Above this many chunks a buyer's grants are read at once rather than per chunk. */
    static final int MANY_CHUNKS = 4;
    private static final Logger LOG = Logger.getLogger(SqlSupplierFacts.class.getName());

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Inject
    FactSheetWriter writer;

    @Override
    public List<SupplierFacts> shared(TenantId buyer, Collection<TenantId> suppliers, SvhcListVersion list) {
        if (list != null) {
            list.prepareForScreening(); // here, where the list was read: the decoding thread only reads it
        }
        SqlFactSheets sql = new SqlFactSheets(em);
        List<List<String>> chunks = chunks(suppliers);
        // many suppliers: the buyer's grants in one read, else each chunk's by their owners
        Set<EvidenceId> all = chunks.size() > MANY_CHUNKS ? sql.grantedAll(buyer) : null;
        return reading(sql, list == null ? FactSheetCodec.Parts.SHARED : FactSheetCodec.Parts.ALL).read(chunks, chunk -> {
            Set<EvidenceId> granted = all != null ? all : sql.granted(buyer, chunk);
            return sheet -> sheet.sharedWith(granted, list);
        });
    }

    @Override
    public List<SupplierFacts> publicRegistry(Collection<TenantId> suppliers) {
        return reading(new SqlFactSheets(em), FactSheetCodec.Parts.PUBLIC).read(chunks(suppliers),
                chunk -> FactSheet::published);
    }

    @Override
    public void changed(TenantId supplier) {
        FactSheetStore.touch(em, supplier);
    }

    /** Each chunk's sheets are written in a transaction of their own ({@link #write}). */
    @Override
    public int keepMissing(int most) {
        SqlFactSheets sql = new SqlFactSheets(em);
        FactSheetStore store = new FactSheetStore(sql);
        List<String> missing = store.missing(most);
        int kept = 0;
        for (int i = 0; i < missing.size(); i += CHUNK) {
            List<String> chunk = missing.subList(i, Math.min(missing.size(), i + CHUNK));
            Map<String, Long> stamps = store.stamps(chunk);
            kept += write(FactSheetStore.toKeep(stamps, sql.read(chunk)));
        }
        return kept;
    }

    /**
     * Keeps the sheets in a transaction of their own; when that fails, each alone, so that one sheet that cannot be
     * kept (too large for its column, or kept by another node that moment) does not hold back the others; how many
     * were kept. A sheet not kept is a cache miss: it is built again where it is needed.
     */
    private int write(List<FactSheetStore.Kept> sheets) {
        try {
            writer.write(sheets);
            return sheets.size();
        } catch (RuntimeException all) {
            if (sheets.size() < 2) {
                LOG.log(Level.FINE, "fact sheets not kept this time", all);
                return 0;
            }
        }
        int kept = 0;
        for (FactSheetStore.Kept sheet : sheets) {
            try {
                writer.write(List.of(sheet));
                kept++;
            } catch (RuntimeException one) {
                LOG.log(Level.FINE, "the fact sheet of " + sheet.supplier() + " not kept this time", one);
            }
        }
        return kept;
    }

    /**
     * Decoding runs on the common fork-join pool, not on the container's executor: it touches nothing of the
     * container, and a task there would carry the request's invocation context, whose end closes the request's
     * non-transactional entity managers while the request still uses them (seen as "Attempting to execute an
     * operation on a closed EntityManager" on the watch list, which reads without a transaction).
     */
    private static FactSheetReading reading(SqlFactSheets sql, FactSheetCodec.Parts parts) {
        return new FactSheetReading(sql, parts, ForkJoinPool.commonPool());
    }

    static String literals(List<String> suppliers) {
        return SqlFactSheets.literals(suppliers);
    }

    private static List<List<String>> chunks(Collection<TenantId> suppliers) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(suppliers.stream().map(TenantId::value).toList()));
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i += CHUNK) {
            chunks.add(distinct.subList(i, Math.min(distinct.size(), i + CHUNK)));
        }
        return chunks;
    }
}
