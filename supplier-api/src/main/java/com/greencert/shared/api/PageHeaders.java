package com.greencert.shared.api;

import com.greencert.shared.domain.Page;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;

/** Adds a list's total ({@code X-Total-Count}) and its next and previous pages ({@code Link}) to a 200 answer. */
@Provider
public class PageHeaders implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(Paged.ATTRIBUTE) instanceof Page<?> page) || response.getStatus() != 200) {
            return;
        }
        response.getHeaders().putSingle(Paged.TOTAL_HEADER, String.valueOf(page.total()));
        response.getHeaders().putSingle("Access-Control-Expose-Headers", Paged.TOTAL_HEADER + ", Link");
        int offset = page.request().offset();
        int limit = page.request().limit();
        List<Object> links = new ArrayList<>();
        if (page.hasNext()) {
            links.add(link(request, offset + limit, limit, "next"));
        }
        if (offset > 0) {
            links.add(link(request, Math.max(0, offset - limit), limit, "prev"));
        }
        if (!links.isEmpty()) {
            response.getHeaders().put("Link", links);
        }
    }

    private static String link(ContainerRequestContext request, long offset, int limit, String rel) {
        UriBuilder uri = request.getUriInfo().getRequestUriBuilder()
                .replaceQueryParam("offset", offset).replaceQueryParam("limit", limit);
        return Link.fromUriBuilder(uri).rel(rel).build().toString();
    }
}
