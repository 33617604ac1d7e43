package com.greencert.svhc.service;

import com.greencert.shared.lifecycle.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * A new installation screens against the dated starter SVHC list shipped with GreenCert until a platform
 * administrator imports ECHA's current export. Does nothing once any version exists; if two nodes start
 * on an empty database at once, the unique label lets one of them win and the other just logs it.
 */
@ApplicationScoped
public class StarterListSeeder {

    private static final Logger LOG = Logger.getLogger(StarterListSeeder.class.getName());

    @Inject
    SvhcListService lists;

    void seed(@Observes SchemaReady schemaReady) {
        try {
            lists.seedStarterList().ifPresent(version -> LOG.info(() -> "Seeded the starter SVHC list "
                    + version.label() + " (" + version.entries().size() + " substances); import ECHA's current list"));
        } catch (RuntimeException e) {
            LOG.warning(() -> "Starter SVHC list not seeded here (another node may have done it): " + e);
        }
    }
}
