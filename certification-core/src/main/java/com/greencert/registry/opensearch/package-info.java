/**
 * The public registry on OpenSearch, for deployments with several nodes (ADR 0018): the same documents, the same
 * analysis and the same queries as the embedded index, sent to one OpenSearch cluster that every portal node
 * shares. Chosen by one setting, {@code GREENCERT_SEARCH_URL}; without it each node keeps its own Lucene index.
 */
package com.greencert.registry.opensearch;
