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
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads suppliers' facts {@value #CHUNK} suppliers at a time (docs/adr/0024, 0027): each supplier's {@link FactSheet}
 * as kept, when still valid, else built from the tables ({@link SqlFactSheets}) and kept ({@link FactSheetWriter});
 * then, for a buyer, the ids of the evidence each granted it. The sheets are cut to what the reader may see by {@link FactSheet#sharedWith}
 * and {@link FactSheet#published}, the one place of that privacy rule; {@code SqlSupplierFactsTest} shows it holds,
 * from the tables and from kept sheets alike.
 */
@ApplicationScoped
class SqlSupplierFacts implements SupplierFactsSource {

    static final int CHUNK = 500;
    static final String NATIVE = SqlFactSheets.NATIVE;
    static final int MAX_PENDING = 100_000;
    /** Above this many chunks a buyer's grants are read at once rather than per chunk. */
    static final int MANY_CHUNKS = 4;
    private static final Logger LOG = Logger.getLogger(SqlSupplierFacts.class.getName());
    private static final AtomicInteger PENDING = new AtomicInteger();

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Inject
    FactSheetWriter writer;

    @Override
    public List<SupplierFacts> shared(TenantId buyer, Collection<TenantId> suppliers, SvhcListVersion list) {
        List<SupplierFacts> facts = new ArrayList<>(suppliers.size());
        SqlFactSheets sql = new SqlFactSheets(em);
        FactSheetCodec.Reader reader = new FactSheetCodec.Reader(list == null ? FactSheetCodec.Parts.SHARED
                : FactSheetCodec.Parts.ALL);
        List<List<String>> chunks = chunks(suppliers);
        // many suppliers: the buyer's grants in one read, else each chunk's by their owners
        Set<EvidenceId> all = chunks.size() > MANY_CHUNKS ? sql.grantedAll(buyer) : null;
        for (List<String> chunk : chunks) {
            Set<EvidenceId> granted = all != null ? all : sql.granted(buyer, chunk);
            for (FactSheet sheet : sheets(sql, chunk, reader)) {
                facts.add(sheet.sharedWith(granted, list));
            }
        }
        return facts;
    }

    @Override
    public List<SupplierFacts> publicRegistry(Collection<TenantId> suppliers) {
        List<SupplierFacts> all = new ArrayList<>(suppliers.size());
        SqlFactSheets sql = new SqlFactSheets(em);
        FactSheetCodec.Reader reader = new FactSheetCodec.Reader(FactSheetCodec.Parts.PUBLIC);
        for (List<String> chunk : chunks(suppliers)) {
            for (FactSheet sheet : sheets(sql, chunk, reader)) {
                all.add(sheet.published());
            }
        }
        return all;
    }

    @Override
    public void changed(TenantId supplier) {
        FactSheetStore.touch(em, supplier);
    }

    /** The chunk's sheets in its order: the valid kept ones, the others built now (stamps read first) and kept. */
    private List<FactSheet> sheets(SqlFactSheets sql, List<String> chunk, FactSheetCodec.Reader reader) {
        FactSheetStore store = new FactSheetStore(sql);
        Map<String, FactSheet> kept = store.valid(chunk, reader);
        List<String> missing = chunk.stream().filter(s -> !kept.containsKey(s)).toList();
        if (!missing.isEmpty()) {
            Map<String, Long> stamps = store.stamps(missing);
            List<FactSheet> built = sql.read(missing);
            built.forEach(s -> kept.put(s.supplier().value(), s));
            keep(stamps, built);
        }
        List<FactSheet> sheets = new ArrayList<>(chunk.size());
        for (String s : chunk) {
            sheets.add(kept.get(s));
        }
        return sheets;
    }

    /**
     * Hands the built sheets to the writer, after this match on the container's executor (in a unit test, at once).
     * At most {@value #MAX_PENDING} sheets wait on a node; beyond, they are built again at a later match.
     */
    private void keep(Map<String, Long> stamps, List<FactSheet> built) {
        if (PENDING.get() + built.size() > MAX_PENDING) {
            return;
        }
        List<FactSheetStore.Kept> kept = FactSheetStore.toKeep(stamps, built);
        PENDING.addAndGet(kept.size());
        Runnable write = () -> {
            try {
                writer.write(kept);
            } catch (RuntimeException e) { // a cache: another node kept them at the same moment, or the write failed
                LOG.log(Level.FINE, "fact sheets not kept this time", e);
            } finally {
                PENDING.addAndGet(-kept.size());
            }
        };
        try {
            executor().execute(write);
        } catch (RuntimeException rejected) {
            PENDING.addAndGet(-kept.size());
        }
    }

    /** The container's executor; outside a container (unit tests, the benchmark) the calling thread. */
    private static Executor executor() {
        try {
            return InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        } catch (NamingException e) {
            return Runnable::run;
        }
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
