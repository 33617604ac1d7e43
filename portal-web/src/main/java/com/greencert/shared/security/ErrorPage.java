package com.greencert.shared.security;

import com.greencert.shared.api.Problem;
import com.greencert.shared.domain.DomainMessages;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The product's own error page instead of Payara's (which names the server and may show an exception): every
 * error the container answers ({@code web.xml}'s default error page) comes here. Under {@code /api/} the
 * answer is a problem+json; elsewhere a plain page, in English or Simplified Chinese by Accept-Language, that
 * echoes nothing from the request. A server error is logged with an incident id, which the page shows.
 */
@WebServlet("/error")
public class ErrorPage extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404; // asked for directly: there is no such page
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri
                : request.getRequestURI();
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String incident = null;
        if (status >= 500 || failure != null) {
            status = Math.max(status, 500);
            incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Incident " + incident + " on " + request.getMethod() + " " + path, failure);
        }
        Locale locale = chinese(request) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        response.resetBuffer();
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        if (path.startsWith(request.getContextPath() + "/api/") || path.equals(request.getContextPath() + "/api")) {
            response.setContentType(Problem.MEDIA_TYPE);
            response.getWriter().write(problem(status, request.getMethod(), path, incident, locale).toJson());
        } else {
            response.setContentType("text/html");
            response.getWriter().write(page(status, incident, locale, request.getContextPath()));
        }
    }

    private static Problem problem(int status, String method, String path, String incident, Locale locale) {
        String key = incident != null ? "server.error" : status == 404 ? "resource.not.found"
                : status == 405 ? "method.not.allowed" : "request.refused";
        Object[] arguments = incident != null ? new Object[] {incident} : status == 405 ? new Object[] {method, path}
                : status == 404 ? new Object[] {path} : new Object[] {status};
        return new Problem(status, status >= 500 ? "Internal Server Error" : "Error",
                DomainMessages.format(key, locale, arguments), incident != null ? null : key);
    }

    private static String page(int status, String incident, Locale locale, String contextPath) {
        ResourceBundle texts = ResourceBundle.getBundle("vaadin-i18n.translations", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String message = incident != null ? MessageFormat.format(texts.getString("error.page.5xx"), incident)
                : status == 404 ? texts.getString("error.page.404")
                : status == 405 ? texts.getString("error.page.405") : texts.getString("error.page.4xx");
        String title = texts.getString("error.page.title");
        return "<!doctype html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<title>" + title + "</title></head><body><h1>" + title + "</h1><p>" + message + "</p>"
                + "<p><a href=\"" + contextPath + "/\">" + texts.getString("error.page.home") + "</a></p></body></html>";
    }

    private static boolean chinese(HttpServletRequest request) {
        String languages = request.getHeader("Accept-Language");
        return languages != null && request.getLocale().getLanguage().equals("zh");
    }
}
