package com.greencert.criteria.api;

import com.greencert.criteria.service.RegulationImpactService;
import com.greencert.criteria.service.SvhcImpact;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * What a regulation change would do before it takes effect (ADR 0025), for platform administrators: an ECHA
 * candidate-list CSV (as for the SVHC preview and import) screened against every supplier's products.
 */
@Path("/regulation-impact")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegulationImpactResource {

    @Inject
    RegulationImpactService impact;

    /** A product whose verdict would change. */
    public record ChangeView(MatchJson.Party supplier, String product, String before, String after, boolean worse) {
    }

    /** The impact: products screened, those that change, their suppliers and the buyers linked to them. */
    public record ImpactView(int screened, boolean capped, List<ChangeView> changes, List<MatchJson.Party> suppliers,
            List<MatchJson.Party> buyers) {
        static ImpactView of(SvhcImpact i) {
            return new ImpactView(i.screened(), i.capped(), i.changes().stream().map(c -> new ChangeView(
                    MatchJson.Party.of(c.supplier()), c.product(), c.before().name(), c.after().name(), c.worse())).toList(),
                    i.suppliers().stream().map(MatchJson.Party::of).toList(),
                    i.buyers().stream().map(MatchJson.Party::of).toList());
        }
    }

    @POST
    @Path("/svhc")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "What importing this ECHA candidate-list CSV would change (platform admins): every product "
            + "screened against the list in force and against it; those whose verdict changes, their suppliers, and "
            + "the buyers watching them or shown their profile. Writes nothing")
    @APIResponse(responseCode = "200", description = "The impact")
    @APIResponse(responseCode = "400", description = "Rows the import would refuse (the problem lists them)")
    @APIResponse(responseCode = "403", description = "The caller is not a platform administrator")
    public ImpactView svhc(InputStream csv) {
        return ImpactView.of(impact.svhcImpact(csv));
    }
}
