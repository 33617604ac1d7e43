package com.greencert.registry.service;

import com.greencert.registry.domain.RegistryHits;
import com.greencert.registry.domain.RegistryQuery;
import com.greencert.registry.domain.RegistrySearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Searching the public registry: open to anyone, no caller needed. Only what suppliers published is in the
 * index ({@link RegistryDocuments}); the query is bounded by {@link RegistryQuery}.
 */
@ApplicationScoped
public class RegistryService {

    @Inject
    RegistrySearch search;

    public RegistryHits search(RegistryQuery query) {
        return search.search(query);
    }
}
