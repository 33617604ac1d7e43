package com.greencert.supplier.api;

import jakarta.ws.rs.QueryParam;
import jakarta.servlet.http.HttpServletRequest;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.api.Paged;
import com.greencert.supplier.domain.Facility;
import com.greencert.supplier.domain.FacilityId;
import com.greencert.supplier.service.FacilityService;
import com.greencert.supplier.service.RegisterFacility;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A supplier's facilities. Another tenant's facility ids answer 404. */
@Path("/facilities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FacilityResource {

    @Inject
    FacilityService facilities;

    public record FacilityView(String id, String name, String address, String country, Double latitude,
            Double longitude, String activities) {
        static FacilityView of(Facility f) {
            return new FacilityView(f.id().toString(), f.name(), f.address(), f.country().value(),
                    f.location().map(g -> g.latitude()).orElse(null),
                    f.location().map(g -> g.longitude()).orElse(null), f.activities().orElse(null));
        }
    }

    @GET
    @Operation(summary = "The caller's facilities by name, a page at a time")
    public List<FacilityView> list(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @Context HttpServletRequest http) {
        return Paged.rows(facilities.list(PageRequest.parse(offset, limit)), FacilityView::of, http);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One facility")
    public FacilityView get(@PathParam("id") String id) {
        return FacilityView.of(facilities.get(FacilityId.parse(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a facility")
    public Response register(RegisterFacility request, @Context UriInfo uri) {
        if (request == null) {
            throw new BadRequestException("a JSON body is required");
        }
        Facility facility = facilities.register(request);
        return Response.created(uri.getAbsolutePathBuilder().path(facility.id().toString()).build())
                .entity(FacilityView.of(facility)).build();
    }
}
