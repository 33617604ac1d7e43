package com.greencert.criteria.service;

import com.greencert.criteria.domain.CriteriaSet;
import com.greencert.shared.domain.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The buyer's home-page figures, from the comparisons of its sets and its watch list (one service for the page). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BuyerDashboard {

    @Inject
    MatchingService matching;

    @Inject
    WatchService watch;

    public BuyerFigures figures() {
        int invited = 0;
        int passing = 0;
        int failing = 0;
        int unknown = 0;
        for (CriteriaSet set : matching.sets()) {
            for (SupplierMatch m : matching.compare(set.id()).suppliers()) {
                invited++;
                if (m.measured()) {
                    switch (m.result().overall()) {
                        case PASS -> passing++;
                        case FAIL -> failing++;
                        case UNKNOWN -> unknown++;
                    }
                }
            }
        }
        int alerts = watch.watched(PageRequest.of(0, WatchService.MAX)).items().stream()
                .mapToInt(e -> e.alerts().size()).sum();
        return new BuyerFigures(invited, passing, failing, unknown, alerts);
    }
}
