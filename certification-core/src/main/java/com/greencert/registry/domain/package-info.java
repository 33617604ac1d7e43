/**
 * The public supplier registry: what a supplier published (a {@link com.greencert.registry.domain.SupplierDocument}),
 * the search port every engine implements ({@link com.greencert.registry.domain.RegistrySearch}), queries, hits
 * and facets, and the database change feed that keeps every node's index current (ADR 0018).
 */
package com.greencert.registry.domain;
