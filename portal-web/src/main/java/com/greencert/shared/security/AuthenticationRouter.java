package com.greencert.shared.security;

import com.greencert.shared.api.Problem;
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
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.annotation.Annotation;

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
        return bearerToken.validateRequest(request, response, new AlwaysProtected(context));
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

    static void writeUnauthorized(HttpServletResponse response, String detail) {
        try {
            response.resetBuffer();
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

    /** The API has no servlet security constraints, yet every bearer token presented must be checked. */
    private static final class AlwaysProtected extends HttpMessageContextWrapper {
        AlwaysProtected(HttpMessageContext context) {
            super(context);
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
            writeUnauthorized(getResponse(),
                    "The bearer token is not valid for this realm and audience, or has expired.");
            return AuthenticationStatus.SEND_FAILURE;
        }
    }
}
