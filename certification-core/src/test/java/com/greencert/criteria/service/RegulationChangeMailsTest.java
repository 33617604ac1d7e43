package com.greencert.criteria.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.criteria.domain.ProductComposition;
import com.greencert.criteria.domain.RegulationReach;
import com.greencert.notification.domain.Notification;
import com.greencert.notification.domain.Recipients;
import com.greencert.notification.service.Notifier;
import com.greencert.reference.domain.CasNumber;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.TenantId;
import com.greencert.supplier.domain.Component;
import com.greencert.supplier.domain.ConcentrationRange;
import com.greencert.supplier.domain.ProductId;
import com.greencert.svhc.domain.SvhcEntry;
import com.greencert.svhc.domain.SvhcListImported;
import com.greencert.svhc.domain.SvhcListVersion;
import com.greencert.svhc.domain.SvhcListVersionId;
import com.greencert.tenant.domain.Tenant;
import com.greencert.tenant.domain.TenantType;
import com.greencert.tenant.domain.Tenants;
import com.greencert.shared.domain.Page;
import com.greencert.shared.domain.PageRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * After an import, each supplier whose products change verdict is told how many got worse and how many better, and
 * each buyer linked to such suppliers how many of them; a supplier whose products do not change, nobody.
 */
class RegulationChangeMailsTest {

    private static final TenantId LI = TenantId.of("zhejiang-greenpower");
    private static final TenantId WANG = TenantId.of("shenzhen-cells");
    private static final TenantId ANNA = TenantId.of("eurochem-buyer");
    private static final SvhcEntry DEHP = entry("Bis(2-ethylhexyl) phthalate", "117-81-7");
    private static final SvhcEntry CADMIUM = entry("Cadmium", "7440-43-9");

    private static SvhcEntry entry(String name, String cas) {
        return new SvhcEntry(name, List.of(), List.of(CasNumber.of(cas)), LocalDate.of(2013, 6, 20), "Carcinogenic");
    }

    private static SvhcListVersion list(String label, SvhcEntry... entries) {
        return new SvhcListVersion(SvhcListVersionId.newId(), label, LocalDate.of(2026, 12, 1), Instant.now(), "ada",
                null, List.of(entries));
    }

    private static ProductComposition product(TenantId supplier, String name, String cas) {
        return new ProductComposition(supplier, ProductId.newId(), name, List.of(new Component(name, CasNumber.of(cas), null,
                ConcentrationRange.of("1", "2"))));
    }

    @Test
    void the_suppliers_whose_products_change_and_their_buyers_are_told_and_no_one_else() {
        List<Notification> sent = new ArrayList<>();
        RegulationImpactService service = new RegulationImpactService();
        service.reach = new RegulationReach() {
            @Override
            public List<ProductComposition> compositions(int max) {
                return List.of(product(LI, "Cd-plated contact", "7440-43-9"), product(LI, "PVC cable", "117-81-7"),
                        product(WANG, "Steel bracket", "7439-89-6"));
            }

            @Override
            public Map<TenantId, Set<TenantId>> buyersOf(Collection<TenantId> suppliers) {
                assertThat(suppliers).containsExactly(LI);
                return Map.of(LI, Set.of(ANNA));
            }
        };
        List<Tenant> known = List.of(new Tenant(LI, "Zhejiang GreenPower", null, TenantType.SUPPLIER, "CN", Instant.EPOCH),
                new Tenant(WANG, "Shenzhen Cells", null, TenantType.SUPPLIER, "CN", Instant.EPOCH));
        service.tenants = new Tenants() {
            @Override
            public Optional<Tenant> find(TenantId id) {
                return known.stream().filter(t -> t.id().equals(id)).findFirst();
            }

            @Override
            public Page<Tenant> page(PageRequest page, String text) {
                return Page.of(known, page);
            }

            @Override
            public List<Tenant> active(TenantType type, String text, int limit) {
                return known;
            }

            @Override
            public void add(Tenant tenant) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Set<String> suspendedAmong(Collection<String> ids) {
                return Set.of();
            }
        };
        service.notifier = new Notifier() {
            @Override
            public void notify(Notification notification) {
                sent.add(notification);
            }
        };

        service.imported(new SvhcListImported(Optional.of(list("2026-06", DEHP)), list("2026-12", CADMIUM)));

        assertThat(sent).hasSize(2);
        assertThat(sent.getFirst().to()).isEqualTo(Recipients.withRole(Role.SUPPLIER, LI));
        assertThat(sent.getFirst().template()).isEqualTo("svhc.list.changed.supplier");
        assertThat(sent.getFirst().arguments()).containsEntry("worse", "1").containsEntry("better", "1")
                .containsEntry("list", "2026-12");
        assertThat(sent.get(1).to()).isEqualTo(Recipients.withRole(Role.BUYER, ANNA));
        assertThat(sent.get(1).arguments()).containsEntry("suppliers", "1");
    }
}
