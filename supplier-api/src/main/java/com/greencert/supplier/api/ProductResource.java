package com.greencert.supplier.api;

import jakarta.servlet.http.HttpServletRequest;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.api.Paged;
import com.greencert.reference.domain.GhsHazardStatement;
import com.greencert.supplier.domain.Component;
import com.greencert.supplier.domain.DeclaredValue;
import com.greencert.supplier.domain.Product;
import com.greencert.supplier.domain.ProductChange;
import com.greencert.supplier.domain.ProductId;
import com.greencert.supplier.service.ComponentLine;
import com.greencert.supplier.service.DeclaredValueLine;
import com.greencert.supplier.service.ProductImportResult;
import com.greencert.supplier.service.ProductOverview;
import com.greencert.supplier.service.ProductService;
import com.greencert.supplier.service.ReclassifyProduct;
import com.greencert.supplier.service.RegisterProduct;
import com.greencert.supplier.domain.ComponentScreening;
import com.greencert.svhc.domain.SvhcEntry;
import com.greencert.supplier.domain.SvhcScreeningResult;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A supplier's products, their composition and its SVHC screening. Another tenant's product ids answer 404. */
@Path("/products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

    @Inject
    ProductService products;

    public record ComponentView(String substanceName, String casNumber, String ecNumber, BigDecimal minPercent,
            BigDecimal maxPercent) {
        static ComponentView of(Component c) {
            return new ComponentView(c.substanceName(), c.casNumber().value(),
                    c.ec().map(e -> e.value()).orElse(null), c.concentration().minimum(), c.concentration().maximum());
        }
    }

    public record ProductView(String id, String nameEn, String nameZh, String hsCode, String unNumber,
            String transportClass, String packingGroup, List<String> hazardClasses, List<String> hazardStatements,
            List<ComponentView> composition, List<DeclaredValueView> declaredValues) {
        static ProductView of(Product p) {
            return new ProductView(p.id().toString(), p.nameEn(), p.nameZh().orElse(null), p.hsCode().value(),
                    p.dangerousGoods().map(d -> d.unNumber().value()).orElse(null),
                    p.dangerousGoods().map(d -> d.hazardClass().code()).orElse(null),
                    p.dangerousGoods().flatMap(d -> d.packingGroupIfAny()).map(Enum::name).orElse(null),
                    p.hazardClasses().stream().map(Enum::name).sorted().toList(),
                    p.hazardStatements().stream().map(GhsHazardStatement::code).toList(),
                    p.composition().stream().map(ComponentView::of).toList(),
                    p.declaredValues().stream().map(DeclaredValueView::of).toList());
        }
    }

    /** A value declared for the product: quantity (CARBON_FOOTPRINT, RECYCLED_CONTENT, BIOBASED_CONTENT), unit symbol. */
    public record DeclaredValueView(String quantity, BigDecimal value, String unit, String evidenceId) {
        static DeclaredValueView of(DeclaredValue v) {
            return new DeclaredValueView(v.quantity().name(), v.value(), v.unit().symbol(),
                    v.evidence().map(Object::toString).orElse(null));
        }
    }

    public record DeclaredValuesRequest(List<DeclaredValueLine> declaredValues) {
    }

    public record ProductSummary(String id, String nameEn, String nameZh, String hsCode, String unNumber,
            int components, Boolean svhcAboveThreshold, Boolean svhcMayBeAboveThreshold, boolean un383SummaryRequired,
            boolean un383SummaryMissing) {
        static ProductSummary of(ProductOverview o) {
            Product p = o.product();
            boolean screened = o.screeningIfAny().isPresent();
            return new ProductSummary(p.id().toString(), p.nameEn(), p.nameZh().orElse(null), p.hsCode().value(),
                    p.dangerousGoods().map(d -> d.unNumber().value()).orElse(null), p.composition().size(),
                    screened ? o.svhcAboveThreshold() : null, screened ? o.svhcMayBeAboveThreshold() : null,
                    p.requiresUn383Summary(), o.un383SummaryMissing());
        }
    }

    public record ScreenedComponent(String substanceName, String casNumber, BigDecimal minPercent,
            BigDecimal maxPercent, boolean svhc, String svhcSubstanceName, String matchedBy, String verdict) {
        static ScreenedComponent of(ComponentScreening s) {
            Component c = s.component();
            return new ScreenedComponent(c.substanceName(), c.casNumber().value(), c.concentration().minimum(),
                    c.concentration().maximum(), s.isSvhc(), s.svhcEntry().map(SvhcEntry::substanceName).orElse(null),
                    s.matchedBy().name(), s.verdict().name());
        }
    }

    public record ScreeningView(String productId, String listVersionId, String listLabel, LocalDate listPublishedOn,
            boolean exceedsThreshold, boolean mayExceedThreshold, List<ScreenedComponent> components) {
        static ScreeningView of(SvhcScreeningResult r) {
            return new ScreeningView(r.product().toString(), r.listVersion().toString(), r.listLabel(),
                    r.listPublishedOn(), r.exceedsThreshold(), r.mayExceedThreshold(),
                    r.components().stream().map(ScreenedComponent::of).toList());
        }
    }

    public record CompositionRequest(List<ComponentLine> composition) {
    }

    @GET
    @Operation(summary = "The caller's products by English name, a page at a time, each flagged if an SVHC is above "
            + "0.1 % w/w, and lithium batteries if no UN 38.3 test summary in date covers them")
    public List<ProductSummary> list(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @Context HttpServletRequest http) {
        return Paged.rows(products.overview(PageRequest.parse(offset, limit)), ProductSummary::of, http);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One product with its classification and composition")
    public ProductView get(@PathParam("id") String id) {
        return ProductView.of(products.get(ProductId.parse(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a product")
    public Response register(RegisterProduct request, @Context UriInfo uri) {
        if (request == null) {
            throw new BadRequestException("a JSON body is required");
        }
        Product product = products.register(request);
        return Response.created(uri.getAbsolutePathBuilder().path(product.id().toString()).build())
                .entity(ProductView.of(products.get(product.id()))).build();
    }

    @PUT
    @Path("/{id}/composition")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a product's composition")
    public ProductView replaceComposition(@PathParam("id") String id, CompositionRequest request) {
        if (request == null) {
            throw new BadRequestException("a JSON body is required");
        }
        ProductId productId = ProductId.parse(id);
        products.updateComposition(productId, request.composition());
        return ProductView.of(products.get(productId));
    }

    @PUT
    @Path("/{id}/declared-values")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the values declared for a product (carbon footprint in kg CO2e/kg, recycled or "
            + "bio-based content in %), one per quantity, each optionally supported by a current piece of the "
            + "caller's evidence; an empty list withdraws them")
    public ProductView declareValues(@PathParam("id") String id, DeclaredValuesRequest request) {
        if (request == null) {
            throw new BadRequestException("a JSON body is required");
        }
        ProductId productId = ProductId.parse(id);
        products.declareValues(productId, request.declaredValues());
        return ProductView.of(products.get(productId));
    }

    /** One change of a product's classification: field (NAME_EN, NAME_ZH, HS_CODE, UN_NUMBER, PACKING_GROUP). */
    public record ChangeView(Instant at, String by, String field, String before, String after) {
        static ChangeView of(ProductChange c) {
            return new ChangeView(c.at(), c.by(), c.field().name(), c.before().orElse(null), c.after().orElse(null));
        }
    }

    @PUT
    @Path("/{id}/classification")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a product's names, HS code and UN number (with its packing group); each changed "
            + "field is recorded in the product's history")
    public ProductView reclassify(@PathParam("id") String id, ReclassifyProduct request) {
        if (request == null) {
            throw new BadRequestException("a JSON body is required");
        }
        ProductId productId = ProductId.parse(id);
        products.reclassify(productId, request);
        return ProductView.of(products.get(productId));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "The changes made to a product's classification after registration, oldest first")
    public List<ChangeView> history(@PathParam("id") String id, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit, @Context HttpServletRequest http) {
        return Paged.rows(products.history(ProductId.parse(id), PageRequest.parse(offset, limit)),
                ChangeView::of, http);
    }

    public record ImportedProductView(String id, String nameEn) {
    }

    public record ImportView(boolean dryRun, boolean importable, int rows, int products, List<RowErrorView> errors,
            List<ImportedProductView> created) {
        static ImportView of(ProductImportResult r, Locale locale) {
            return new ImportView(r.dryRun(), r.importable(), r.rows(), r.products(),
                    r.errors().stream().map(e -> new RowErrorView(e.row(), e.messageKey(), e.describe(locale))).toList(),
                    r.created().stream().map(p -> new ImportedProductView(p.id().toString(), p.nameEn())).toList());
        }
    }

    public record RowErrorView(int row, String code, String detail) {
    }

    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Register products with their compositions from a CSV file (one row per component). "
            + "dryRun=true (the default) only reports row errors; dryRun=false imports all or nothing (201)")
    public Response importCsv(@QueryParam("dryRun") @DefaultValue("true") boolean dryRun, InputStream csv,
            @Context HttpHeaders headers) {
        Locale locale = headers.getAcceptableLanguages().stream().findFirst().orElse(Locale.ENGLISH);
        ProductImportResult result = products.importCsv(csv, dryRun);
        return Response.status(dryRun ? Response.Status.OK : Response.Status.CREATED)
                .entity(ImportView.of(result, locale)).build();
    }

    @GET
    @Path("/{id}/screening")
    @Operation(summary = "Screen the product's composition against the SVHC candidate list version in force")
    public ScreeningView screening(@PathParam("id") String id) {
        return ScreeningView.of(products.screen(ProductId.parse(id)));
    }
}
