package com.greencert.shared.ui;

import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Gives an unknown address its HTTP 404. Vaadin answers the first request for any path with its page (200) and
 * only then, in the browser's next request, finds no route and shows {@link NotFoundView}, whose 404 never
 * reaches the browser (vaadin/flow#13421). This filter asks Vaadin's route registry first: a page request
 * (GET, HTML, no Vaadin request parameter, no file name) to the Vaadin servlet whose path matches no route is
 * answered 404, with the same page, which then shows {@link NotFoundView} as before.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class NotFoundStatus extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isUnknownPage(request)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response = new HttpServletResponseWrapper(response) {
                @Override
                public void setStatus(int status) {
                    if (status != SC_OK) {
                        super.setStatus(status);
                    }
                }
            };
        }
        chain.doFilter(request, response);
    }

    private static boolean isUnknownPage(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        String accept = request.getHeader("Accept");
        if (accept != null && !accept.contains("text/html") && !accept.contains("*/*")) {
            return false;
        }
        String servletName = request.getHttpServletMapping() == null ? null
                : request.getHttpServletMapping().getServletName();
        ServletRegistration servlet = servletName == null ? null
                : request.getServletContext().getServletRegistration(servletName);
        if (servlet == null || servlet.getClassName() == null || !servlet.getClassName().contains("Vaadin")) {
            return false;
        }
        String query = request.getQueryString(); // not getParameter: it fails on a request Soteria restores
        if (query != null && (query.startsWith("v-r=") || query.contains("&v-r="))) {
            return false; // Vaadin's own requests
        }
        String path = request.getPathInfo() == null ? request.getServletPath() : request.getPathInfo();
        path = path == null ? "" : path.replaceFirst("^/+", "");
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.contains(".") || path.startsWith("VAADIN/")) {
            return false; // a file (stylesheet, image, Vaadin's own resources), not a page
        }
        NavigationRouteTarget target = ApplicationRouteRegistry
                .getInstance(new VaadinServletContext(request.getServletContext())).getNavigationRouteTarget(path);
        return target == null || !target.hasTarget();
    }
}
