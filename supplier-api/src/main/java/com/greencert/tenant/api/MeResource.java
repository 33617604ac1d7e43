package com.greencert.tenant.api;

import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.tenant.domain.Tenant;
import com.greencert.tenant.service.TenantService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Who the token says the caller is, and the tenant they act for. */
@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    TenantService tenants;

    @Inject
    CallerContext callers;

    public record Me(String userId, String username, String displayName, String tenantId, String tenantName,
            String tenantType, List<String> roles) {
    }

    @GET
    @Operation(summary = "The caller, their tenant and their roles")
    public Me me() {
        Tenant tenant = tenants.currentTenant();
        Caller caller = callers.require();
        return new Me(caller.userId().value(), caller.username(), caller.displayName(), tenant.id().value(),
                tenant.nameEn(), tenant.type().name(),
                caller.roles().stream().map(Role::realmRole).sorted().toList());
    }
}
