package com.greencert.registry.service;

import com.greencert.registry.domain.RegistrySearch;
import com.greencert.registry.lucene.EmbeddedRegistryEngine;
import com.greencert.registry.opensearch.OpenSearchRegistrySearch;
import com.greencert.shared.config.GreenCertConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Chooses the registry's engine once, from one setting (ADR 0018): OpenSearch when {@code GREENCERT_SEARCH_URL}
 * is set, shared by every node; otherwise this node's embedded Lucene index.
 */
@ApplicationScoped
public class RegistryEngine {

    private static final Logger LOG = Logger.getLogger(RegistryEngine.class.getName());

    @Inject
    GreenCertConfig config;

    @Inject
    EmbeddedRegistryEngine embedded;

    @Inject
    Clock clock;

    @Produces
    @ApplicationScoped
    RegistrySearch search() {
        return config.searchUrl().<RegistrySearch>map(url -> {
            LOG.info(() -> "Registry search on OpenSearch " + url + ", alias " + config.searchIndex());
            return new OpenSearchRegistrySearch(url, config.searchIndex(), clock);
        }).orElse(embedded);
    }

    /** Which engine answers, for readiness and the log: {@code opensearch} or {@code embedded}. */
    public String kind() {
        return config.searchUrl().isPresent() ? "opensearch" : "embedded";
    }
}
