package com.greencert.supplier.service;

import com.greencert.quota.domain.QuotaKind;
import com.greencert.quota.service.WriteQuota;
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
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.RowError;
import com.greencert.shared.domain.RowsRejectedException;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.supplier.domain.Component;
import com.greencert.supplier.domain.ConcentrationRange;
import com.greencert.supplier.domain.DangerousGoods;
import com.greencert.supplier.domain.DeclaredValue;
import com.greencert.supplier.domain.Quantity;
import com.greencert.supplier.domain.SupportingEvidence;
import com.greencert.supplier.domain.Unit;
import com.greencert.shared.domain.UuidId;
import java.util.UUID;
import com.greencert.supplier.domain.Product;
import com.greencert.supplier.domain.ProductChange;
import com.greencert.supplier.domain.ProductId;
import com.greencert.supplier.domain.Products;
import com.greencert.supplier.domain.SvhcScreening;
import com.greencert.supplier.domain.SvhcScreeningResult;
import com.greencert.svhc.domain.SvhcListVersion;
import com.greencert.svhc.domain.SvhcListVersions;
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
    SupportingEvidence supporting;

    @Inject
    SvhcListVersions svhcLists;

    @Inject
    Un383Summaries un383Summaries;

    @Inject
    WriteQuota quotas;

    @Inject
    jakarta.enterprise.event.Event<SupplierRecordChanged> changed;

    @Inject
    jakarta.enterprise.event.Event<SupplierDataChanged> dataChanged;

    public Product register(RegisterProduct command) {
        var caller = callers.requireAny(Role.SUPPLIER);
        Product product = newProduct(command);
        quotas.consume(QuotaKind.PRODUCT, 1, products::count);
        products.add(product);
        changed.fire(new SupplierRecordChanged(caller.tenantId(), "product"));
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
        quotas.consume(QuotaKind.PRODUCT, built.size(), products::count);
        built.forEach(products::add);
        if (!built.isEmpty()) {
            changed.fire(new SupplierRecordChanged(callers.require().tenantId(), "product"));
        }
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

    /**
     * Corrects a product's names, HS code and UN number (with its packing group), checked by the rules of
     * {@link #register}; the product records each changed field in its history. The public registry hears of it.
     */
    public Product reclassify(ProductId id, ReclassifyProduct command) {
        var caller = callers.requireAny(Role.SUPPLIER);
        if (command == null) {
            throw new InvalidInputException("field.required", "hsCode");
        }
        Product product = get(id);
        HsCode hs = blank(command.hsCode()) ? null : HsCode.of(command.hsCode());
        var made = product.reclassify(command.nameEn(), command.nameZh(), hs,
                dangerousGoods(command.unNumber(), null, command.packingGroup()), caller.username(), clock.instant());
        if (!made.isEmpty()) {
            changed.fire(new SupplierRecordChanged(caller.tenantId(), "product"));
        }
        return product;
    }

    /** The changes made to a product's classification after registration, oldest first. */
    public List<ProductChange> history(ProductId id) {
        return get(id).history();
    }

    /** {@link #history(ProductId)} a page at a time (a product keeps its changes with it, so they are few). */
    public Page<ProductChange> history(ProductId id, PageRequest page) {
        return Page.of(history(id), page);
    }

    /** Replaces the whole composition; an empty list clears it, a missing one is refused (it would wipe it). */
    public Product updateComposition(ProductId id, List<ComponentLine> composition) {
        callers.requireAny(Role.SUPPLIER);
        if (composition == null) {
            throw new InvalidInputException("field.required", "composition");
        }
        Product product = get(id);
        product.replaceComposition(composition(composition), clock.instant());
        dataChanged.fire(new SupplierDataChanged(callers.require().tenantId()));
        return product;
    }

    /**
     * Replaces the values declared for a product (an empty list withdraws them; a missing one is refused): each in its
     * quantity's unit, within its range, supported by a current piece of the caller's own evidence if any.
     */
    public Product declareValues(ProductId id, List<DeclaredValueLine> lines) {
        callers.requireAny(Role.SUPPLIER);
        if (lines == null) {
            throw new InvalidInputException("field.required", "declaredValues");
        }
        if (lines.size() > Quantity.values().length) {
            throw new InvalidInputException("declared.value.too.many", Quantity.values().length);
        }
        Product product = get(id);
        List<DeclaredValue> values = new ArrayList<>();
        for (DeclaredValueLine line : lines) {
            if (line == null) {
                throw new InvalidInputException("field.required", "declaredValues");
            }
            values.add(declared(line));
        }
        product.declare(values, clock.instant());
        dataChanged.fire(new SupplierDataChanged(callers.require().tenantId()));
        return product;
    }

    private DeclaredValue declared(DeclaredValueLine line) {
        if (blank(line.quantity())) {
            throw new InvalidInputException("field.required", "quantity");
        }
        Quantity quantity = Quantity.parse(line.quantity())
                .orElseThrow(() -> new InvalidInputException("declared.value.quantity", line.quantity()));
        if (blank(line.unit())) {
            throw new InvalidInputException("field.required", "unit");
        }
        Unit unit = Unit.parse(line.unit())
                .orElseThrow(() -> new InvalidInputException("declared.value.unit", quantity, line.unit(),
                        quantity.unit().symbol()));
        UUID evidence = blank(line.evidenceId()) ? null
                : UuidId.value(line.evidenceId());
        if (evidence != null && !supporting.isCurrent(evidence)) {
            throw new RuleViolationException("declared.value.evidence");
        }
        return new DeclaredValue(quantity, line.value(), unit, evidence);
    }

    /** The caller's current evidence a declared value may rest on, newest first (at most 200). */
    public List<SupportingEvidence.Document> supportingEvidence() {
        callers.requireAny(Role.SUPPLIER);
        return supporting.current(200);
    }

    /**
     * One page of the caller's products (sort keys: {@link Products#SORT_NAME} and the others there), only
     * those whose name contains {@code nameContains} if it is not blank.
     */
    public Page<Product> list(PageRequest page, String nameContains) {
        callers.requireAny(Role.SUPPLIER);
        return products.page(page, nameContains);
    }

    public Product get(ProductId id) {
        callers.requireAny(Role.SUPPLIER);
        return products.find(id).orElseThrow(() -> new NotFoundException("product", id));
    }

    /** Screens one of the caller's products against the SVHC candidate list version in force. */
    public SvhcScreeningResult screen(ProductId id) {
        Product product = get(id);
        SvhcListVersion list = svhcLists.current().orElseThrow(() -> new RuleViolationException("svhc.list.none"));
        return SvhcScreening.screen(product, list);
    }

    /**
     * One page of the caller's products, each with its screening against the list in force (none if no list
     * exists) and, for lithium batteries, whether a UN 38.3 test summary in date covers it. Only the page's
     * products are screened.
     */
    public Page<ProductOverview> overview(PageRequest request) {
        return overview(request, null);
    }

    /** {@link #overview(PageRequest)} of the products whose name contains {@code nameContains}. */
    public Page<ProductOverview> overview(PageRequest request, String nameContains) {
        Page<Product> page = list(request, nameContains);
        Optional<SvhcListVersion> svhcList = svhcLists.current();
        Set<ProductId> un383Covered = page.items().stream().anyMatch(Product::requiresUn383Summary)
                ? un383Summaries.productsCovered() : Set.of();
        return page.map(p -> new ProductOverview(p, svhcList.map(l -> SvhcScreening.screen(p, l)).orElse(null),
                un383Covered.contains(p.id())));
    }

    /**
     * How many of the caller's products have an SVHC certainly above 0.1 % w/w, of how many, against the list
     * in force (counted in the database, so it costs the same for 50 products or 55,000).
     */
    public SvhcSummary svhcSummary() {
        callers.requireAny(Role.SUPPLIER);
        long all = products.count();
        long above = svhcLists.current().map(list -> products.countWithComponentAbove(
                list.entries().stream().flatMap(e -> e.casNumbers().stream()).map(CasNumber::value).collect(Collectors.toSet()),
                list.entries().stream().flatMap(e -> e.ecNumbers().stream()).map(EcNumber::value).collect(Collectors.toSet()),
                SvhcScreening.THRESHOLD)).orElse(0L);
        return new SvhcSummary(above, all);
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
