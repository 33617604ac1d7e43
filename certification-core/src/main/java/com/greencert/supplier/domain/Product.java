package com.greencert.supplier.domain;

import com.greencert.reference.domain.CasNumber;
import com.greencert.reference.domain.GhsHazardClass;
import com.greencert.reference.domain.GhsHazardStatement;
import com.greencert.reference.domain.HsCode;
import com.greencert.reference.domain.PackingGroup;
import com.greencert.reference.domain.TransportHazardClass;
import com.greencert.reference.domain.UnNumber;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.Text;
import com.greencert.shared.domain.RuleViolationException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Something a supplier makes or trades: a chemical, a mixture, a battery. Holds what customs, carriers
 * and buyers ask about it: the HS code, the transport classification if it is a dangerous good, the GHS
 * classification, and what it is made of (composition). Invariants: no substance (CAS number) twice in the
 * composition, the minimum concentrations add up to at most 100 %, and every hazard statement belongs to
 * a declared hazard class. Tenant-owned: mapped in {@code META-INF/eclipselink-orm.xml}.
 */
@Entity
@Table(name = "product")
public class Product {

    public static final int NAME_MAX = 200;
    static final int MAX_COMPONENTS = 100;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "name_en", nullable = false, length = NAME_MAX)
    private String nameEn;

    @Column(name = "name_zh", length = NAME_MAX)
    private String nameZh;

    @Column(name = "hs_code", nullable = false, length = 10)
    private String hsCode;

    @Column(name = "un_number", length = 6)
    private String unNumber;

    @Column(name = "transport_class", length = 4)
    private String transportClass;

    @Column(name = "packing_group", length = 3)
    private String packingGroup;

    /** GHS hazard class names, separated by spaces. */
    @Column(name = "ghs_hazard_classes", length = 1000)
    private String hazardClasses;

    /** Hazard statement codes, separated by spaces, in the order given. */
    @Column(name = "hazard_statements", length = 1000)
    private String hazardStatements;

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("lineNo")
    private List<ProductComponent> components = new ArrayList<>();

    /** What was changed in the classification after registration, oldest first. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "product_change", joinColumns = @JoinColumn(name = "product_id"))
    @OrderColumn(name = "change_no")
    private List<ProductChange> changes = new ArrayList<>();

    /** The values the supplier declares for it (carbon footprint, recycled content), one per quantity. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "product_declared_value", joinColumns = @JoinColumn(name = "product_id"))
    private List<ProductDeclaredValue> declaredValues = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Product() {
        // for JPA
    }

    public Product(ProductId id, String nameEn, String nameZh, HsCode hsCode, DangerousGoods dangerousGoods,
            Set<GhsHazardClass> hazardClasses, Collection<GhsHazardStatement> hazardStatements,
            List<Component> composition, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id").toString();
        this.nameEn = name("nameEn", nameEn, true);
        this.nameZh = name("nameZh", nameZh, false);
        this.hsCode = required("hsCode", hsCode).value();
        if (dangerousGoods != null) {
            this.unNumber = dangerousGoods.unNumber().value();
            this.transportClass = dangerousGoods.hazardClass().code();
            this.packingGroup = dangerousGoods.packingGroupIfAny().map(Enum::name).orElse(null);
        }
        classify(hazardClasses == null ? Set.of() : hazardClasses,
                hazardStatements == null ? List.of() : hazardStatements);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        replaceComposition(composition == null ? List.of() : composition, createdAt);
    }

    /** Replaces the whole composition, checking the composition's invariants first. */
    public void replaceComposition(List<Component> composition, Instant now) {
        Objects.requireNonNull(composition, "composition");
        if (composition.size() > MAX_COMPONENTS) {
            throw new InvalidInputException("product.composition.too.many", MAX_COMPONENTS);
        }
        Set<CasNumber> seen = new HashSet<>();
        BigDecimal minimumSum = BigDecimal.ZERO;
        for (Component c : composition) {
            Objects.requireNonNull(c, "component");
            if (!seen.add(c.casNumber())) {
                throw new RuleViolationException("product.composition.duplicate.cas", c.casNumber());
            }
            minimumSum = minimumSum.add(c.concentration().minimum());
        }
        if (minimumSum.compareTo(HUNDRED) > 0) {
            throw new RuleViolationException("product.composition.minimum.sum", minimumSum.toPlainString());
        }
        components.clear();
        for (int i = 0; i < composition.size(); i++) {
            components.add(new ProductComponent(this, i + 1, composition.get(i)));
        }
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    /**
     * Changes the product's names, HS code and dangerous-goods entry (UN number, its class and packing group),
     * checked as at registration, and records each changed field in the history with its old and new value.
     * Nothing changes, and nothing is recorded, for values equal to the current ones.
     *
     * @return the changes recorded (empty if nothing changed)
     */
    public List<ProductChange> reclassify(String newNameEn, String newNameZh, HsCode newHsCode,
            DangerousGoods newDangerousGoods, String by, Instant now) {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(now, "now");
        String en = name("nameEn", newNameEn, true);
        String zh = name("nameZh", newNameZh, false);
        String hs = required("hsCode", newHsCode).value();
        String un = newDangerousGoods == null ? null : newDangerousGoods.unNumber().value();
        String pg = newDangerousGoods == null ? null
                : newDangerousGoods.packingGroupIfAny().map(Enum::name).orElse(null);
        List<ProductChange> made = new ArrayList<>();
        record(made, ProductChange.Field.NAME_EN, nameEn, en, by, now);
        record(made, ProductChange.Field.NAME_ZH, nameZh, zh, by, now);
        record(made, ProductChange.Field.HS_CODE, hsCode, hs, by, now);
        record(made, ProductChange.Field.UN_NUMBER, unNumber, un, by, now);
        record(made, ProductChange.Field.PACKING_GROUP, packingGroup, pg, by, now);
        if (made.isEmpty()) {
            return List.of();
        }
        nameEn = en;
        nameZh = zh;
        hsCode = hs;
        unNumber = un;
        transportClass = newDangerousGoods == null ? null : newDangerousGoods.hazardClass().code();
        packingGroup = pg;
        changes.addAll(made);
        updatedAt = now;
        return List.copyOf(made);
    }

    private static void record(List<ProductChange> made, ProductChange.Field field, String before, String after,
            String by, Instant now) {
        if (!Objects.equals(before, after)) {
            made.add(new ProductChange(now, by, field, before, after));
        }
    }

    /**
     * Replaces the values the supplier declares for the product (an empty list withdraws them all): one value per
     * quantity, each already checked against its quantity's unit and range ({@link DeclaredValue}).
     */
    public void declare(List<DeclaredValue> values, Instant now) {
        Objects.requireNonNull(values, "values");
        Set<Quantity> seen = EnumSet.noneOf(Quantity.class);
        for (DeclaredValue v : values) {
            Objects.requireNonNull(v, "value");
            if (!seen.add(v.quantity())) {
                throw new RuleViolationException("declared.value.duplicate", v.quantity());
            }
        }
        declaredValues.clear();
        values.stream().sorted(java.util.Comparator.comparing(DeclaredValue::quantity))
                .forEach(v -> declaredValues.add(new ProductDeclaredValue(v)));
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    /** The values declared for the product, in the order of {@link Quantity}. */
    public List<DeclaredValue> declaredValues() {
        return declaredValues.stream().map(ProductDeclaredValue::toDeclaredValue).toList();
    }

    /** The changes made to the classification after registration, oldest first. */
    public List<ProductChange> history() {
        return List.copyOf(changes);
    }

    private void classify(Set<GhsHazardClass> classes, Collection<GhsHazardStatement> statements) {
        for (GhsHazardStatement statement : statements) {
            Set<GhsHazardClass> of = statement.hazardClasses();
            if (!of.isEmpty() && of.stream().noneMatch(classes::contains)) {
                throw new RuleViolationException("product.hazard.class.missing", statement.code(),
                        of.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
            }
        }
        this.hazardClasses = join(classes.stream().sorted().map(Enum::name).toList());
        this.hazardStatements = join(new LinkedHashSet<>(statements).stream().map(GhsHazardStatement::code).toList());
    }

    public ProductId id() {
        return ProductId.parse(id);
    }

    public String nameEn() {
        return nameEn;
    }

    public Optional<String> nameZh() {
        return Optional.ofNullable(nameZh);
    }

    /** The name to show to a reader of the given language; falls back to English. */
    public String displayName(String language) {
        return "zh".equals(language) && nameZh != null ? nameZh : nameEn;
    }

    public HsCode hsCode() {
        return HsCode.of(hsCode);
    }

    public Optional<DangerousGoods> dangerousGoods() {
        return unNumber == null ? Optional.empty()
                : Optional.of(new DangerousGoods(UnNumber.of(unNumber), TransportHazardClass.of(transportClass),
                        packingGroup == null ? null : PackingGroup.valueOf(packingGroup)));
    }

    /** Lithium batteries (UN3090, 3091, 3480, 3481) need a UN 38.3 test summary for buyers and carriers. */
    public boolean requiresUn383Summary() {
        return unNumber != null && UnNumber.of(unNumber).requiresUn383TestSummary();
    }

    public Set<GhsHazardClass> hazardClasses() {
        List<String> names = split(hazardClasses);
        return names.isEmpty() ? Set.of()
                : EnumSet.copyOf(names.stream().map(GhsHazardClass::valueOf).toList());
    }

    public List<GhsHazardStatement> hazardStatements() {
        return split(hazardStatements).stream().map(GhsHazardStatement::of).toList();
    }

    public List<Component> composition() {
        return components.stream().map(ProductComponent::toComponent).toList();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidInputException("field.required", field);
        }
        return value;
    }

    private static String name(String field, String value, boolean required) {
        return required ? Text.required(field, value, NAME_MAX) : Text.optional(field, value, NAME_MAX);
    }

    private static String join(List<String> codes) {
        return codes.isEmpty() ? null : String.join(" ", codes);
    }

    private static List<String> split(String codes) {
        return codes == null || codes.isBlank() ? List.of() : Arrays.asList(codes.split(" "));
    }
}
