package com.greencert.supplier.service;

import com.greencert.evidence.domain.EvidenceType;
import com.greencert.evidence.service.EvidenceService;
import com.greencert.reference.domain.CasNumber;
import com.greencert.reference.domain.EcNumber;
import com.greencert.reference.domain.GhsHazardClass;
import com.greencert.reference.domain.GhsHazardStatement;
import com.greencert.reference.domain.HsCode;
import com.greencert.reference.domain.PackingGroup;
import com.greencert.reference.domain.TransportHazardClass;
import com.greencert.reference.domain.UnNumber;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.domain.RowError;
import com.greencert.shared.domain.RowsRejectedException;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.supplier.domain.Component;
import com.greencert.supplier.domain.ConcentrationRange;
import com.greencert.supplier.domain.DangerousGoods;
import com.greencert.supplier.domain.Product;
import com.greencert.supplier.domain.ProductId;
import com.greencert.supplier.domain.Products;
import com.greencert.svhc.domain.SvhcScreeningResult;
import com.greencert.svhc.service.SvhcListService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Optional;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A supplier's staff keep the list of their products: classification and composition. */
@ApplicationScoped
@Transactional
public class ProductService {

    @Inject
    Products products;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    @Inject
    SvhcListService svhc;

    @Inject
    EvidenceService evidence;

    public Product register(RegisterProduct command) {
        callers.requireAny(Role.SUPPLIER);
        Product product = newProduct(command);
        products.add(product);
        return product;
    }

    /**
     * Registers the products of a CSV file ({@link ProductCsvImport}) all at once, in this one transaction.
     * Every row is checked by the same rules as {@link #register}; a dry run only reports the row errors, a
     * real run with any row error is refused whole ({@link RowsRejectedException}) and writes nothing.
     */
    public ProductImportResult importCsv(InputStream csv, boolean dryRun) {
        callers.requireAny(Role.SUPPLIER);
        ProductCsvImport.Parsed parsed = ProductCsvImport.parse(csv);
        List<RowError> errors = new ArrayList<>(parsed.errors());
        List<Product> built = new ArrayList<>();
        for (ProductCsvImport.ImportedProduct imported : parsed.products()) {
            checkRows(imported, errors).ifPresent(built::add);
        }
        errors.sort(Comparator.comparingInt(RowError::row));
        if (dryRun) {
            return new ProductImportResult(true, parsed.rows(), parsed.products().size(), errors, List.of());
        }
        if (!errors.isEmpty()) {
            throw new RowsRejectedException("product.import.rejected", errors);
        }
        built.forEach(products::add);
        return new ProductImportResult(false, parsed.rows(), built.size(), errors, built);
    }

    /**
     * Builds one imported product by the rules of {@link #register}, telling each refusal against its row:
     * the product's own fields against its first row, each component against the component's row.
     */
    private Optional<Product> checkRows(ProductCsvImport.ImportedProduct imported, List<RowError> errors) {
        RegisterProduct command = imported.command();
        int before = errors.size();
        check(imported.firstRow(), errors, () -> HsCode.of(command.hsCode()));
        check(imported.firstRow(), errors, () -> dangerousGoods(command.unNumber(), null, command.packingGroup()));
        for (int i = 0; i < command.composition().size(); i++) {
            ComponentLine line = command.composition().get(i);
            check(imported.componentRows().get(i), errors, () -> composition(List.of(line)));
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(newProduct(command));
        } catch (InvalidInputException | RuleViolationException e) {
            errors.add(new RowError(imported.firstRow(), e.messageKey(), e.arguments()));
            return Optional.empty();
        }
    }

    private static void check(int row, List<RowError> errors, Runnable rule) {
        try {
            rule.run();
        } catch (InvalidInputException | RuleViolationException e) {
            errors.add(new RowError(row, e.messageKey(), e.arguments()));
        }
    }

    private Product newProduct(RegisterProduct command) {
        return new Product(ProductId.newId(), command.nameEn(), command.nameZh(),
                HsCode.of(command.hsCode()),
                dangerousGoods(command.unNumber(), command.transportClass(), command.packingGroup()),
                hazardClasses(command.hazardClasses()), hazardStatements(command.hazardStatements()),
                composition(command.composition()), clock.instant());
    }

    /** Replaces the whole composition; an empty list clears it, a missing one is refused (it would wipe it). */
    public Product updateComposition(ProductId id, List<ComponentLine> composition) {
        callers.requireAny(Role.SUPPLIER);
        if (composition == null) {
            throw new InvalidInputException("field.required", "composition");
        }
        Product product = get(id);
        product.replaceComposition(composition(composition), clock.instant());
        return product;
    }

    public List<Product> list() {
        callers.requireAny(Role.SUPPLIER);
        return products.all();
    }

    public Product get(ProductId id) {
        callers.requireAny(Role.SUPPLIER);
        return products.find(id).orElseThrow(() -> new NotFoundException("product", id));
    }

    /** Screens one of the caller's products against the SVHC candidate list version in force. */
    public SvhcScreeningResult screen(ProductId id) {
        return svhc.screen(id);
    }

    /**
     * The caller's products, each with its screening against the list in force (none if no list exists) and,
     * for lithium batteries, whether a UN 38.3 test summary in date covers it.
     */
    public List<ProductOverview> overview() {
        List<Product> all = list();
        Map<ProductId, SvhcScreeningResult> screenings = svhc.screenAll().stream()
                .collect(Collectors.toMap(SvhcScreeningResult::product, r -> r, (a, b) -> a));
        Set<String> un383Covered = all.stream().anyMatch(Product::requiresUn383Summary)
                ? evidence.productsCoveredBy(EvidenceType.UN38_3_SUMMARY) : Set.of();
        return all.stream().map(p -> new ProductOverview(p, screenings.get(p.id()),
                un383Covered.contains(p.id().toString()))).toList();
    }

    static DangerousGoods dangerousGoods(String unNumber, String transportClass, String packingGroup) {
        if (blank(unNumber)) {
            if (!blank(transportClass) || !blank(packingGroup)) {
                throw new InvalidInputException("field.required", "unNumber");
            }
            return null;
        }
        return new DangerousGoods(UnNumber.of(unNumber),
                blank(transportClass) ? null : TransportHazardClass.of(transportClass),
                blank(packingGroup) ? null : PackingGroup.of(packingGroup));
    }

    static Set<GhsHazardClass> hazardClasses(Set<String> names) {
        return names == null || names.isEmpty() ? Set.of()
                : EnumSet.copyOf(names.stream().map(GhsHazardClass::of).toList());
    }

    static List<GhsHazardStatement> hazardStatements(List<String> codes) {
        return codes == null ? List.of() : codes.stream().map(GhsHazardStatement::of).distinct().toList();
    }

    static List<Component> composition(List<ComponentLine> lines) {
        if (lines == null) {
            return List.of();
        }
        List<Component> components = new ArrayList<>();
        for (ComponentLine l : lines) {
            if (l == null) {
                throw new InvalidInputException("field.required", "composition[" + components.size() + "]");
            }
            components.add(new Component(l.substanceName(), blank(l.casNumber()) ? null : CasNumber.of(l.casNumber()),
                    blank(l.ecNumber()) ? null : EcNumber.of(l.ecNumber()),
                    ConcentrationRange.of(l.minPercent(), l.maxPercent())));
        }
        return components;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
