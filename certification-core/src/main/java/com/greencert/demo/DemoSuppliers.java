package com.greencert.demo;

import com.greencert.shared.caller.ActingAs;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.TenantId;
import com.greencert.supplier.domain.Visibility;
import com.greencert.supplier.service.CompanyProfileService;
import com.greencert.supplier.service.ComponentLine;
import com.greencert.supplier.service.FacilityService;
import com.greencert.supplier.service.ProductService;
import com.greencert.supplier.service.RegisterFacility;
import com.greencert.supplier.service.RegisterProduct;
import com.greencert.supplier.service.SaveCompanyProfile;
import com.greencert.tenant.domain.TenantType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The two demo suppliers' company profiles, products and facilities, written through the services a supplier's
 * staff use, so that the registry's change feed records them and the public registry lists both from the first
 * run: names and registration public, the contact private; Jiangsu Qingyuan's addresses public, Zhejiang
 * GreenPower's private. Each part is seeded only when missing (a profile, a product of that name, any facility),
 * so a kept run gets what it lacks and nothing twice.
 */
@ApplicationScoped
class DemoSuppliers {

    private static final Visibility PUBLIC = Visibility.PUBLIC;
    private static final Visibility PRIVATE = Visibility.PRIVATE;

    @Inject
    CompanyProfileService profiles;

    @Inject
    ProductService products;

    @Inject
    FacilityService facilities;

    @Inject
    ActingAs actingAs;

    void seed() {
        seed(DemoCertifications.GRANTED_SUPPLIER, new SaveCompanyProfile(null, "Zhejiang GreenPower Battery Co., Ltd.",
                "浙江绿能电池有限公司", "CN", "91330502MA28C7XK43", null,
                "88 Xisaishan Road, Wuxing District, Huzhou, Zhejiang 313000", null, "Li Na", "Export compliance manager",
                "li.na@greenpower.example.cn", "+86 572 2100 3388", PUBLIC, PUBLIC, PRIVATE, PRIVATE),
                new RegisterFacility("Huzhou cell and pack plant", "88 Xisaishan Road, Wuxing District, Huzhou, Zhejiang",
                        "CN", 30.87, 120.09, "Lithium-ion cell assembly; battery pack assembly; UN 38.3 pre-testing"),
                List.of(new RegisterProduct("LFP prismatic lithium-ion cell 3.2 V 100 Ah", "磷酸铁锂方形锂离子电芯 3.2V 100Ah",
                                "850760", "UN3480", "9", null,
                                Set.of("SKIN_CORROSION_IRRITATION", "SERIOUS_EYE_DAMAGE_IRRITATION"), List.of("H315", "H319"),
                                List.of(line("Lithium iron phosphate", "15365-14-7", "30", "40"),
                                        line("Graphite", "7782-42-5", "15", "25"),
                                        line("Lithium hexafluorophosphate", "21324-40-3", "1", "3"))),
                        new RegisterProduct("LFP electrolyte LE-200", "磷酸铁锂电解液 LE-200", "382499", "UN1993", "3", "II",
                                Set.of("FLAMMABLE_LIQUIDS", "ACUTE_TOXICITY", "SERIOUS_EYE_DAMAGE_IRRITATION"),
                                List.of("H225", "H302", "H319"),
                                List.of(line("Ethylene carbonate", "96-49-1", "25", "35"),
                                        line("Dimethyl carbonate", "616-38-6", "45", "55"),
                                        line("Lithium hexafluorophosphate", "21324-40-3", "10", "15")))));
        seed(DemoCertifications.SUSPENDED_SUPPLIER, new SaveCompanyProfile(null, "Jiangsu Qingyuan Chemical Co., Ltd.",
                "江苏清源化工有限公司", "CN", "91321283MA1N8QW272", null,
                "6 Binjiang Road, Taixing Economic Development Zone, Taizhou, Jiangsu 225400", null, "Wang Fang",
                "EHS manager", "wang.fang@qingyuan.example.cn", "+86 523 8766 1234", PUBLIC, PUBLIC, PUBLIC, PRIVATE),
                new RegisterFacility("Taixing chemical park site",
                        "6 Binjiang Road, Taixing Economic Development Zone, Jiangsu", "CN", null, null,
                        "Solvent blending; drum filling of UN1993 flammable liquids"),
                List.of(new RegisterProduct("Ethyl acetate 99.5 %", "乙酸乙酯 99.5%", "291531", "UN1173", "3", "II",
                                Set.of("FLAMMABLE_LIQUIDS", "SERIOUS_EYE_DAMAGE_IRRITATION", "STOT_SINGLE_EXPOSURE"),
                                List.of("H225", "H319", "H336"), List.of(line("Ethyl acetate", "141-78-6", "99.5", "100"))),
                        new RegisterProduct("Glacial acetic acid 99.8 %", "冰乙酸 99.8%", "291521", "UN2789", "8", "II",
                                Set.of("FLAMMABLE_LIQUIDS", "SKIN_CORROSION_IRRITATION"), List.of("H226", "H314"),
                                List.of(line("Acetic acid", "64-19-7", "99.8", "100")))));
    }

    private void seed(TenantId supplier, SaveCompanyProfile profile, RegisterFacility facility,
            List<RegisterProduct> catalogue) {
        actingAs.run(DemoData.seeder(supplier, TenantType.SUPPLIER.allowedRoles()), () -> {
            if (facilities.list(PageRequest.of(0, 1)).total() == 0) {
                facilities.register(facility);
            }
            for (RegisterProduct product : catalogue) {
                if (products.list(PageRequest.of(0, 1), product.nameEn()).total() == 0) {
                    products.register(product);
                }
            }
            if (profiles.current().isEmpty()) {
                profiles.save(profile);
            }
        });
    }

    private static ComponentLine line(String substance, String cas, String min, String max) {
        return new ComponentLine(substance, cas, null, new BigDecimal(min), new BigDecimal(max));
    }
}
