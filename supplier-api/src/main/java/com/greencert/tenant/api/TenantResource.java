package com.greencert.tenant.api;

import jakarta.ws.rs.QueryParam;
import jakarta.servlet.http.HttpServletRequest;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.api.Paged;
import com.greencert.tenant.domain.Tenant;
import com.greencert.tenant.service.NewTenant;
import com.greencert.tenant.service.ProvisionedTenant;
import com.greencert.tenant.service.TenantService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import com.greencert.shared.domain.TenantId;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The tenant registry, for the platform operator. */
@Path("/tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TenantResource {

    @Inject
    TenantService tenants;

    public record TenantView(String id, String nameEn, String nameZh, String type, String country, boolean suspended) {
        static TenantView of(Tenant t) {
            return new TenantView(t.id().value(), t.nameEn(), t.nameZh(), t.type().name(), t.country(), t.isSuspended());
        }
    }

    /** What the platform administrator may correct of a tenant. */
    public record TenantEdit(String nameEn, String nameZh, String country) {
    }

    public record Created(TenantView tenant, String adminUsername, String temporaryPassword) {
    }

    @GET
    @Operation(summary = "All tenants by English name, a page at a time (platform administrators only)")
    public List<TenantView> all(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @Context HttpServletRequest http) {
        return Paged.rows(tenants.list(PageRequest.parse(offset, limit)), TenantView::of, http);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open the portal to a new organisation and its first administrator")
    public Response create(NewTenant request, @Context UriInfo uri) {
        if (request == null) {
            throw new jakarta.ws.rs.BadRequestException("a JSON body is required");
        }
        ProvisionedTenant created = tenants.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.tenant().id().value()).build())
                .entity(new Created(TenantView.of(created.tenant()), created.adminUsername(),
                        created.temporaryPassword()))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a tenant's names and country (platform administrators only)")
    public TenantView edit(@PathParam("id") String id, TenantEdit request) {
        if (request == null) {
            throw new jakarta.ws.rs.BadRequestException("a JSON body is required");
        }
        return TenantView.of(tenants.edit(TenantId.of(id), request.nameEn(), request.nameZh(), request.country()));
    }

    @PUT
    @Path("/{id}/suspension")
    @Operation(summary = "Suspend a tenant: its people are refused sign-in to the portal, a supplier leaves the public "
            + "registry (platform administrators only; 409 if suspended already)")
    public TenantView suspend(@PathParam("id") String id) {
        return TenantView.of(tenants.suspend(TenantId.of(id)));
    }

    @DELETE
    @Path("/{id}/suspension")
    @Operation(summary = "Reactivate a suspended tenant (platform administrators only; 409 if it is not suspended)")
    public TenantView reactivate(@PathParam("id") String id) {
        return TenantView.of(tenants.reactivate(TenantId.of(id)));
    }
}
