package com.greencert.shared.security;

import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Starts the Keycloak sign-in by a full page navigation (it cannot run inside a Vaadin request), then
 * returns the user to the view they asked for, as remembered by Vaadin's access control in the session;
 * never to an address taken from the request, so it is no open redirect.
 */
@WebServlet("/login")
public class LoginServlet extends HttpServlet {

    @Inject
    SecurityContext securityContext;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            AuthenticationStatus status = securityContext.authenticate(request, response,
                    AuthenticationParameters.withParams().newAuthentication(true));
            if (status == AuthenticationStatus.SEND_CONTINUE || response.isCommitted()) {
                return;
            }
        }
        HttpSession session = request.getSession();
        Object target = session.getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        session.removeAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
        String route = target instanceof String s && !s.startsWith("/") && !s.contains("//") && !s.contains(":")
                ? s : "";
        response.sendRedirect(request.getContextPath() + "/" + route);
    }
}
