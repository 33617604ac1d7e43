package com.greencert.shared.security;

import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.config.GreenCertConfig;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.enterprise.inject.Instance;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Runs once per request after authentication: turns the verified token into the request's
 * {@link Caller} (tenant, user, roles), refuses API calls without a usable token (401 problem+json),
 * and writes one access-log line naming tenant and user.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CallerFilter extends HttpFilter {

    private static final Logger ACCESS = Logger.getLogger("greencert.access");

    @Inject
    CallerContext callers;

    @Inject
    GreenCertConfig config;

    @Inject
    Instance<OpenIdContext> openIdContext;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        Optional<Caller> caller = resolve(request);
        caller.ifPresent(callers::set);
        try {
            if (AuthenticationRouter.isApi(request) && !AuthenticationRouter.isPublicApi(request) && caller.isEmpty()) {
                if (request.getUserPrincipal() == null) {
                    AuthenticationRouter.writeUnauthorized(request, response, "A bearer token is required.",
                            config.trustedProxies());
                } else {
                    AuthenticationRouter.writeUnauthorized(request, response,
                            "The token names no organization: the account belongs to no tenant.",
                            config.trustedProxies());
                }
                return;
            }
            chain.doFilter(request, response);
        } finally {
            if (!request.getRequestURI().contains("/VAADIN/")) {
                ACCESS.info(() -> String.format("tenant=%s user=%s %s %s -> %d %dms",
                        caller.map(c -> c.tenantId().value()).orElse("-"),
                        caller.map(Caller::username).orElse(Optional.ofNullable(request.getUserPrincipal())
                                .map(Principal::getName).orElse("-")),
                        request.getMethod(), request.getRequestURI(), response.getStatus(),
                        (System.nanoTime() - start) / 1_000_000));
            }
        }
    }

    private Optional<Caller> resolve(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        if (principal instanceof JsonWebToken jwt) {
            return new TokenClaims(jwt.getSubject(), Optional.ofNullable(jwt.<String>getClaim("preferred_username"))
                    .orElse(jwt.getName()), jwt.getClaim("name"), strings(jwt.getClaim("organization")),
                    jwt.getGroups()).toCaller();
        }
        try {
            JwtClaims claims = openIdContext.get().getAccessToken().getJwtClaims();
            return new TokenClaims(claims.getSubject().orElse(null),
                    claims.getStringClaim("preferred_username").orElse(principal.getName()),
                    claims.getStringClaim("name").orElse(null),
                    claims.getArrayStringClaim("organization"),
                    claims.getArrayStringClaim("groups")).toCaller();
        } catch (RuntimeException noOpenIdSession) {
            return Optional.empty();
        }
    }

    private static List<String> strings(Object claim) {
        return switch (claim) {
            case JsonArray array -> array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
            case Collection<?> c -> c.stream().map(Object::toString).toList();
            case String s -> List.of(s);
            case null, default -> List.of();
        };
    }
}
