package com.greencert.shared.ratelimit;

import com.greencert.shared.config.GreenCertConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The client address of a request with this deployment's trusted proxies ({@link ClientAddress}), for the web layers. */
@ApplicationScoped
public class ClientAddresses {

    @Inject
    GreenCertConfig config;

    public String of(HttpServletRequest request) {
        return ClientAddress.of(request, config.trustedProxies());
    }
}
