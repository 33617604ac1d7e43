package com.greencert.registry.opensearch;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON provider, looked up once: {@code jakarta.json.Json}'s static factories look the provider up with a
 * service loader on every call, which was most of the portal's time in a full rebuild into OpenSearch (profiled:
 * 150,000 suppliers, several builders each).
 */
final class Jsons {

    static final JsonProvider JSON = JsonProvider.provider();

    private Jsons() {
    }
}
