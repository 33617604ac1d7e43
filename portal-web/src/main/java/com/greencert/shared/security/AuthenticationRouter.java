package com.greencert.shared.security;

import com.greencert.shared.api.Problem;
import com.greencert.shared.config.GreenCertConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanismHandler;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;

/**
 * One application, two ways in (Jakarta Security 4 multiple-mechanism handler): requests under
 * {@code /api/} authenticate with a bearer token (MicroProfile JWT, no session); everything else is
 * the portal, signed in through OpenID Connect with a session. A bearer token that does not verify
 * (expired, tampered, another realm or audience) is answered here with a 401 problem+json.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class AuthenticationRouter implements HttpAuthenticationMechanismHandler {

    @Inject
    BeanManager beans;

    @Inject
    GreenCertConfig config;

    private HttpAuthenticationMechanism openIdConnect;
    private HttpAuthenticationMechanism bearerToken;

    @PostConstruct
    void findMechanisms() {
        for (Bean<?> bean : beans.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE)) {
            var reference = (HttpAuthenticationMechanism) beans.getReference(bean, HttpAuthenticationMechanism.class,
                    beans.createCreationalContext(bean));
            if (isOpenIdConnect(bean)) {
                openIdConnect = reference;
            } else {
                bearerToken = reference;
            }
        }
        if (openIdConnect == null || bearerToken == null) {
            throw new IllegalStateException("Expected the OpenID Connect and the MP-JWT mechanisms, found "
                    + beans.getBeans(HttpAuthenticationMechanism.class, Any.Literal.INSTANCE));
        }
    }

    private static boolean isOpenIdConnect(Bean<?> bean) {
        return bean.getQualifiers().stream().map(Annotation::annotationType)
                .anyMatch(q -> q.getName().contains("OpenId"))
                || bean.getBeanClass().getName().contains("OpenId");
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api");
    }

    /** {@code /api/public/…}: answered without a token (a token, if given, must still be valid). */
    static boolean isPublicApi(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/public/");
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        if (!isApi(request)) {
            return openIdConnect.validateRequest(request, response, context);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return context.doNothing(); // the API filter answers anonymous calls
        }
        return bearerToken.validateRequest(new CanonicalBearer(request, authorization.substring(7).strip()), response,
                new AlwaysProtected(context, config.trustedProxies()));
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        return isApi(request) ? bearerToken.secureResponse(request, response, context)
                : openIdConnect.secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isApi(request)) {
            bearerToken.cleanSubject(request, response, context);
        } else {
            openIdConnect.cleanSubject(request, response, context);
        }
    }

    static void writeUnauthorized(HttpServletRequest request, HttpServletResponse response, String detail,
            Set<String> trustedProxies) {
        try {
            response.resetBuffer();
            SecurityHeaders.apply(request, response, trustedProxies);
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"greencert\"");
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(new Problem(401, "Unauthorized", detail, "token.invalid").toJson());
            response.flushBuffer();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * RFC 6750 (with RFC 9110's case-insensitive auth-scheme) allows {@code bearer} or {@code BEARER}; Payara's
     * MP-JWT mechanism only looks for {@code "Bearer "}, so it is shown the header in that spelling.
     */
    private static final class CanonicalBearer extends HttpServletRequestWrapper {
        private final String authorization;

        CanonicalBearer(HttpServletRequest request, String token) {
            super(request);
            this.authorization = "Bearer " + token;
        }

        @Override
        public String getHeader(String name) {
            return "Authorization".equalsIgnoreCase(name) ? authorization : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Authorization".equalsIgnoreCase(name) ? Collections.enumeration(List.of(authorization))
                    : super.getHeaders(name);
        }
    }

    /** The API has no servlet security constraints, yet every bearer token presented must be checked. */
    private static final class AlwaysProtected extends HttpMessageContextWrapper {
        private final Set<String> trustedProxies;

        AlwaysProtected(HttpMessageContext context, Set<String> trustedProxies) {
            super(context);
            this.trustedProxies = trustedProxies;
        }

        @Override
        public boolean isProtected() {
            return true;
        }

        /** A token that does not verify gets a problem+json 401 instead of the server's HTML error page. */
        @Override
        public AuthenticationStatus notifyContainerAboutLogin(CredentialValidationResult result) {
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return super.notifyContainerAboutLogin(result);
            }
            return responseUnauthorized();
        }

        @Override
        public AuthenticationStatus responseUnauthorized() {
            writeUnauthorized(getRequest(), getResponse(),
                    "The bearer token is not valid for this realm and audience, or has expired.", trustedProxies);
            return AuthenticationStatus.SEND_FAILURE;
        }
    }
}
