package com.greencert.registry.lucene;

import com.greencert.registry.domain.RegistryHits;
import com.greencert.registry.domain.RegistryQuery;
import com.greencert.registry.domain.RegistrySearch;
import com.greencert.registry.domain.SupplierDocument;
import com.greencert.shared.config.GreenCertConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.logging.Logger;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The registry's engine on this node when no OpenSearch is configured: the Lucene index in {@code greencert.registry.index-dir}, opened on first
 * use. If another process holds that directory (two nodes on one host sharing a temporary directory), this node
 * builds its own index in a fresh temporary directory instead of failing.
 */
@ApplicationScoped
@Typed(EmbeddedRegistryEngine.class)
public class EmbeddedRegistryEngine implements RegistrySearch {

    private static final Logger LOG = Logger.getLogger(EmbeddedRegistryEngine.class.getName());

    @Inject
    GreenCertConfig config;

    private volatile LuceneRegistrySearch index;

    private LuceneRegistrySearch index() {
        LuceneRegistrySearch i = index;
        if (i == null) {
            synchronized (this) {
                if (index == null) {
                    index = open(config.registryIndexDir());
                }
                i = index;
            }
        }
        return i;
    }

    private static LuceneRegistrySearch open(Path dir) {
        try {
            Files.createDirectories(dir);
            try {
                LuceneRegistrySearch opened = new LuceneRegistrySearch(dir);
                LOG.info(() -> "Registry index in " + dir);
                return opened;
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof LockObtainFailedException)) {
                    throw e;
                }
                Path own = Files.createTempDirectory("greencert-registry-index-");
                LOG.warning(() -> "Registry index " + dir + " is held by another process; this node indexes in " + own);
                return new LuceneRegistrySearch(own);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void apply(Collection<SupplierDocument> upserts, Collection<String> removals, long sequence) {
        index().apply(upserts, removals, sequence);
    }

    @Override
    public void clear() {
        index().clear();
    }

    @Override
    public long appliedSequence() {
        return index().appliedSequence();
    }

    @Override
    public long size() {
        return index().size();
    }

    @Override
    public RegistryHits search(RegistryQuery query) {
        return index().search(query);
    }

    @PreDestroy
    void close() {
        LuceneRegistrySearch i = index;
        if (i != null) {
            i.close();
        }
    }
}
