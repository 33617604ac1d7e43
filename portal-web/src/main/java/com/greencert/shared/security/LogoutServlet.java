package com.greencert.shared.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Signs out of the portal and of Keycloak (RP-initiated logout), then returns to the landing page. Someone
 * who is not signed in (no session, or it expired) just goes to the landing page: there is nobody to sign
 * out, and Soteria's logout would fail on the missing OpenID Connect context.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(LogoutServlet.class.getName());

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null) {
            try {
                request.logout();
            } catch (RuntimeException noOpenIdContext) {
                LOG.warning(() -> "Signed out of the portal only, not of Keycloak: " + noOpenIdContext);
            }
        }
        session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (!response.isCommitted()) {
            response.sendRedirect(request.getContextPath() + "/");
        }
    }
}
