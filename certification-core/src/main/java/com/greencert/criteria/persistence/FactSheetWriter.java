package com.greencert.criteria.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Keeps built sheets in a transaction of their own, for the upkeep ({@link SqlSupplierFacts#keepMissing}): a sheet
 * that a match or another node wrote at the same moment, or one too large for its column, fails alone (the upkeep
 * then tries the chunk's sheets one by one) and is simply built again later. Matches never write: a request that
 * reads must neither fail on a cache write nor hold a second connection of the pool while it waits for one.
 */
@ApplicationScoped
class FactSheetWriter {

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void write(List<FactSheetStore.Kept> sheets) {
        FactSheetStore.write(em, sheets, clock.instant());
    }
}
