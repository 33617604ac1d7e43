package com.greencert.registry.service;

import com.greencert.registry.domain.RegistrySearch;
import com.greencert.shared.domain.ServiceUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Says how the public registry's search is: which engine, how many suppliers it holds, whether this node has built
 * its index, and, when the engine does not answer, why. It reports UP even then: a search outage answers the
 * registry's own requests with 503 and must not take the whole portal out of the load balancer (ADR 0018).
 */
@Readiness
@ApplicationScoped
public class RegistryReadiness implements HealthCheck {

    @Inject
    RegistrySearch search;

    @Inject
    RegistryEngine engine;

    @Inject
    RegistryIndexer indexer;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("registry-search").up().withData("engine", engine.kind())
                .withData("indexBuilt", indexer.ready());
        try {
            return response.withData("suppliers", search.size()).withData("state", "searching").build();
        } catch (ServiceUnavailableException e) {
            return response.withData("state", "unavailable: searches answer 503 until it returns; changes wait in "
                    + "the database's feed").withData("reason", String.valueOf(e.arguments().getFirst())).build();
        }
    }
}
