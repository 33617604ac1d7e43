package com.greencert.supplier.service;

import com.greencert.testing.RecordingEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.reference.domain.GhsHazardClass;
import com.greencert.reference.domain.PackingGroup;
import com.greencert.reference.domain.TransportHazardClass;
import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.AccessDeniedException;
import com.greencert.shared.domain.DomainException;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import com.greencert.quota.domain.QuotaKind;
import com.greencert.quota.service.WriteQuota;
import com.greencert.shared.domain.RuleViolationException;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.domain.UserId;
import com.greencert.supplier.domain.Component;
import com.greencert.supplier.domain.Product;
import com.greencert.supplier.domain.ProductId;
import com.greencert.supplier.domain.SupportingEvidence;
import com.greencert.supplier.domain.Products;
import com.greencert.supplier.domain.SvhcScreeningResult;
import com.greencert.supplier.domain.SvhcVerdict;
import com.greencert.svhc.domain.InMemorySvhcListVersions;
import com.greencert.svhc.domain.SvhcFixtures;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProductServiceTest {

    private final List<Product> stored = new ArrayList<>();
    private final InMemorySvhcListVersions svhcLists = new InMemorySvhcListVersions();
    private final CallerContext callers = new CallerContext();
    private final ProductService service = new ProductService();

    @BeforeEach
    void wire() {
        service.changed = new RecordingEvent<>();
        service.dataChanged = new RecordingEvent<>();
        service.supporting = new SupportingEvidence() {
            @Override
            public java.util.List<Document> current(int max) {
                return java.util.List.of();
            }

            @Override
            public boolean isCurrent(java.util.UUID id) {
                return false;
            }
        };
        service.products = new Products() {
            @Override
            public Optional<Product> find(ProductId id) {
                return stored.stream().filter(p -> p.id().equals(id)).findFirst();
            }

            @Override
            public Page<Product> page(PageRequest page, String nameContains) {
                return new Page<>(stored.stream().skip(page.offset()).limit(page.limit()).toList(), stored.size(), page);
            }

            @Override
            public long count() {
                return stored.size();
            }

            @Override
            public long countWithComponentAbove(Collection<String> cas, Collection<String> ec, BigDecimal threshold) {
                throw new UnsupportedOperationException("a query: tested on the database");
            }

            @Override
            public void add(Product product) {
                stored.add(product);
            }
        };
        service.svhcLists = svhcLists;
        service.callers = callers;
        service.quotas = new WriteQuota() {
            @Override
            public void consume(QuotaKind kind, long n, java.util.function.LongSupplier existing) {
                // no limit here: quotas are tested on the database (QuotaCounterTest) and the stack (PagingIT)
            }
        };
        service.clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
        callers.set(new Caller(new UserId("li"), "li.supplier", null, TenantId.of("zhejiang-greenpower"), Set.of(Role.SUPPLIER)));
    }

    private static ComponentLine line(String name, String cas, String ec, String min, String max) {
        return new ComponentLine(name, cas, ec, new BigDecimal(min), new BigDecimal(max));
    }

    private static RegisterProduct methanolBlend() {
        return new RegisterProduct("Methanol blend M-85", "甲醇混合物 M-85", "2905.11.00.00", "un1230", "3", "II",
                Set.of("FLAMMABLE_LIQUIDS", "ACUTE_TOXICITY", "STOT_SINGLE_EXPOSURE"), List.of("H225", "H301", "H311", "H331", "H370"),
                List.of(line("Methanol", "67-56-1", "200-659-6", "80", "90"), line("Water", "7732-18-5", null, "10", "20")));
    }

    @Test
    void a_supplier_registers_a_product_from_text_input() {
        Product product = service.register(methanolBlend());
        assertThat(stored).containsExactly(product);
        assertThat(product.hsCode().value()).isEqualTo("2905110000");
        assertThat(product.dangerousGoods()).get().satisfies(dg -> {
            assertThat(dg.unNumber().value()).isEqualTo("UN1230");
            assertThat(dg.hazardClass()).isEqualTo(TransportHazardClass.FLAMMABLE_LIQUIDS);
            assertThat(dg.packingGroup()).isEqualTo(PackingGroup.II);
        });
        assertThat(product.hazardClasses()).containsExactlyInAnyOrder(GhsHazardClass.FLAMMABLE_LIQUIDS,
                GhsHazardClass.ACUTE_TOXICITY, GhsHazardClass.STOT_SINGLE_EXPOSURE);
        assertThat(product.composition()).extracting(Component::substanceName).containsExactly("Methanol", "Water");
        assertThat(service.list(PageRequest.first(), null).items()).containsExactly(product);
        assertThat(service.get(product.id())).isSameAs(product);
    }

    @Test
    void a_supplier_screens_a_product_against_the_current_svhc_list_version() {
        Product product = service.register(new RegisterProduct("Cable", null, "854449", null, null, null, null, null,
                List.of(line("DEHP", "117-81-7", null, "0.05", "0.5"))));
        assertThatThrownBy(() -> service.screen(product.id())).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("svhc.list.none");
        assertThat(service.overview(com.greencert.shared.domain.PageRequest.first()).items()).singleElement().satisfies(o -> assertThat(o.screeningIfAny()).isEmpty());
        svhcLists.add(SvhcFixtures.version("2025-06-25", "2025-06-25", SvhcFixtures.DEHP));
        SvhcScreeningResult result = service.screen(product.id());
        assertThat(result.product()).isEqualTo(product.id());
        assertThat(result.listLabel()).isEqualTo("2025-06-25");
        assertThat(result.components().getFirst().verdict()).isEqualTo(SvhcVerdict.MAY_EXCEED_THRESHOLD);
        assertThat(service.overview(com.greencert.shared.domain.PageRequest.first()).items()).singleElement().satisfies(o -> {
            assertThat(o.screeningIfAny()).contains(result);
            assertThat(o.svhcMayBeAboveThreshold()).isTrue();
            assertThat(o.svhcAboveThreshold()).isFalse();
        });
        assertThatThrownBy(() -> service.screen(ProductId.newId())).isInstanceOf(NotFoundException.class);
        callers.set(new Caller(new UserId("anna"), "anna.buyer", null, TenantId.of("eurochem-buyer"), Set.of(Role.BUYER)));
        assertThatThrownBy(() -> service.screen(product.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_lithium_battery_needs_no_class_or_packing_group_and_requires_a_un_38_3_summary() {
        Product cell = service.register(new RegisterProduct("LFP cell", null, "850760", "UN3480", null, null, null, null, null));
        assertThat(cell.requiresUn383Summary()).isTrue();
        assertThat(cell.dangerousGoods().orElseThrow().hazardClass()).isEqualTo(TransportHazardClass.MISCELLANEOUS);
    }

    @Test
    void the_product_list_asks_the_evidence_vault_which_batteries_a_un_38_3_summary_covers() {
        Product cell = service.register(new RegisterProduct("LFP cell", null, "850760", "UN3480", null, null, null, null, null));
        Product pack = service.register(new RegisterProduct("LFP pack", null, "850760", "UN3480", null, null, null, null, null));
        service.un383Summaries = () -> Set.of(cell.id());
        assertThat(service.overview(com.greencert.shared.domain.PageRequest.first()).items()).extracting(o -> o.product().nameEn() + ":" + o.un383SummaryMissing())
                .containsExactly("LFP cell:false", "LFP pack:true");
        service.un383Summaries = () -> {
            throw new AssertionError("not asked when no product is a lithium battery");
        };
        stored.removeAll(List.of(cell, pack));
        assertThat(service.overview(com.greencert.shared.domain.PageRequest.first()).items()).isEmpty();
    }

    @Test
    void transport_data_without_a_un_number_is_refused() {
        assertThatThrownBy(() -> service.register(new RegisterProduct("Thing", null, "850760", " ", "9", null, null, null, null)))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((DomainException) e).arguments())
                .isEqualTo(List.of("unNumber"));
    }

    @Test
    void bad_codes_are_refused_with_their_own_message() {
        RegisterProduct bad = new RegisterProduct("Blend", null, "290511", null, null, null, null, null,
                List.of(line("Methanol", "67-56-2", null, "1", "2")));
        assertThatThrownBy(() -> service.register(bad)).extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("cas.check.digit.wrong");
        assertThatThrownBy(() -> service.register(new RegisterProduct("Blend", null, "290511", null, null, null, null, null,
                List.of(line("Methanol", "", null, "1", "2"))))).extracting(e -> ((DomainException) e).arguments())
                .isEqualTo(List.of("casNumber"));
        assertThat(stored).isEmpty();
    }

    @Test
    void the_composition_is_updated_as_a_whole() {
        Product product = service.register(methanolBlend());
        service.updateComposition(product.id(), List.of(line("Methanol", "67-56-1", null, "95", "100")));
        assertThat(product.composition()).extracting(c -> c.casNumber().value()).containsExactly("67-56-1");
        assertThatThrownBy(() -> service.updateComposition(product.id(), List.of(line("Methanol", "67-56-1", null, "60", "70"),
                line("Water", "7732-18-5", null, "50", "60")))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> service.updateComposition(ProductId.newId(), List.of())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void only_suppliers_keep_products() {
        callers.set(new Caller(new UserId("anna"), "anna.buyer", null, TenantId.of("eurochem-buyer"), Set.of(Role.BUYER)));
        assertThatThrownBy(() -> service.register(methanolBlend())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.list(PageRequest.first(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.get(ProductId.newId())).isInstanceOf(AccessDeniedException.class);
        callers.set(null);
        assertThatThrownBy(() -> service.list(PageRequest.first(), null)).isInstanceOf(AccessDeniedException.class);
    }

    private static java.io.InputStream csv(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static final String IMPORT_HEADER = "product key,name en,name zh,HS code,UN number,substance name,CAS,min %,max %\n";

    @Test
    void a_dry_run_reports_every_bad_row_by_the_rules_of_register_and_stores_nothing() {
        ProductImportResult result = service.importCsv(csv(IMPORT_HEADER
                + "A,Cable,,854449,,PVC,9002-86-2,60,70\n"
                + "B,Bad HS,,999999,,PVC,9002-86-2,60,70\n"
                + "C,Bad UN,,850760,UN9999,LCO,12190-79-3,20,30\n"
                + "D,Bad CAS,,854449,,PVC,9002-86-2,60,70\n"
                + "D,,,,,DEHP,117-81-8,1,2\n"
                + "E,Too much,,854449,,PVC,9002-86-2,60,70\n"
                + "E,,,,,DEHP,117-81-7,50,60\n"), true);
        assertThat(result.dryRun()).isTrue();
        assertThat(result.products()).isEqualTo(5);
        assertThat(result.errors()).extracting(com.greencert.shared.domain.RowError::row,
                com.greencert.shared.domain.RowError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "hs.unknown"),
                org.assertj.core.groups.Tuple.tuple(4, "un.unknown"),
                org.assertj.core.groups.Tuple.tuple(6, "cas.check.digit.wrong"),
                org.assertj.core.groups.Tuple.tuple(7, "product.composition.minimum.sum"));
        assertThat(result.errors().getFirst().describe(java.util.Locale.SIMPLIFIED_CHINESE)).containsPattern("\\p{IsHan}");
        assertThat(stored).isEmpty();
    }

    @Test
    void an_import_stores_all_products_or_none() {
        String good = IMPORT_HEADER + "A,Cable,电缆,854449,,PVC,9002-86-2,60,70\n"
                + "A,,,,,DEHP,117-81-7,0.5,1\n"
                + "B,Li-ion cell,,850760,UN3480,LCO,12190-79-3,20,30\n";
        assertThatThrownBy(() -> service.importCsv(csv(good + "C,Bad,,854449,,PVC,9002-86-3,1,2\n"), false))
                .isInstanceOf(com.greencert.shared.domain.RowsRejectedException.class);
        assertThat(stored).isEmpty();
        ProductImportResult result = service.importCsv(csv(good), false);
        assertThat(result.created()).hasSize(2);
        assertThat(stored).extracting(Product::nameEn).containsExactly("Cable", "Li-ion cell");
        assertThat(stored.getFirst().composition()).hasSize(2);
    }

    @Test
    void only_suppliers_import_products() {
        callers.set(new Caller(new UserId("anna"), "anna.buyer", null, TenantId.of("eurochem-buyer"), Set.of(Role.BUYER)));
        assertThatThrownBy(() -> service.importCsv(csv(IMPORT_HEADER), true)).isInstanceOf(AccessDeniedException.class);
    }
}
