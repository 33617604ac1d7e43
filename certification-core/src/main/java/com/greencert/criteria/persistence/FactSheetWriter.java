package com.greencert.criteria.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Keeps freshly built sheets in a transaction of their own, on the container's executor after the match that built
 * them: a match only reads, and must neither fail because two nodes kept the same sheet at once (the loser's write
 * is rolled back and dropped; the sheet is built again later) nor hold a second connection of the pool while it
 * waits for one (32 matches at once would then wait on each other).
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
