package com.greencert.demo;

import com.greencert.certification.domain.Criterion;
import com.greencert.certification.service.SchemeDraft;
import com.greencert.certification.service.SchemeService;
import com.greencert.evidence.domain.EvidenceType;
import com.greencert.shared.caller.ActingAs;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.PageRequest;
import com.greencert.shared.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The demo certification bodies' schemes and accreditation scope. SinoEco: "Green Chemistry Export" Gold
 * (four criteria, incl. SVHC below 0.1 % w/w and a carbon-footprint limit) and Silver (safety data sheet
 * and REACH declaration only), for HS chapters 28, 29, 32, 34, 38 (chemicals) and 85 (batteries). Cathay
 * Green, a second body so that one body's files are seen to stay hidden from the other: "Cathay Green
 * Mark — Chemicals" (the same two documents, a younger safety data sheet), for the chemical chapters.
 * Each body is seeded once, when it has no scheme yet; every demo scheme is published at once.
 */
@ApplicationScoped
class DemoSchemes {

    static final TenantId BODY = TenantId.of("sinoeco-cert");
    static final TenantId SECOND_BODY = TenantId.of("cqc-green");

    @Inject
    SchemeService schemes;

    @Inject
    ActingAs actingAs;

    void seed() {
        actingAs.run(DemoData.seeder(BODY, Set.of(Role.TENANT_ADMIN)), this::seedSinoEco);
        actingAs.run(DemoData.seeder(SECOND_BODY, Set.of(Role.TENANT_ADMIN)), this::seedCathayGreen);
    }

    private void seedSinoEco() {
        if (schemes.list(PageRequest.of(0, 1)).total() > 0) {
            return;
        }
        publish(new SchemeDraft("GCE-GOLD", "Green Chemistry Export — Gold", "绿色化学品出口 — 金级", 36, 12, List.of(
                new Criterion("SVHC", "No SVHC above 0.1 % w/w (REACH Art. 33)", "高度关注物质含量不超过 0.1 %（REACH 第 33 条）",
                        Set.of(EvidenceType.REACH_DECLARATION, EvidenceType.TEST_REPORT), 12, new BigDecimal("0.1"), "% w/w"),
                sds(),
                new Criterion("EMS", "ISO 14001 certificate valid", "ISO 14001 证书有效",
                        Set.of(EvidenceType.MANAGEMENT_SYSTEM_CERTIFICATE), null, null, null),
                new Criterion("PCF", "Product carbon footprint ≤ 2.5 kg CO2e/kg", "产品碳足迹 ≤ 2.5 kg CO2e/kg",
                        Set.of(EvidenceType.CARBON_FOOTPRINT_DECLARATION), 24, new BigDecimal("2.5"), "kg CO2e/kg"))));
        publish(new SchemeDraft("GCE-SILVER", "Green Chemistry Export — Silver", "绿色化学品出口 — 银级", 24, 12,
                List.of(sds(), reach())));
        List<String> chapters = List.of("28", "29", "32", "34", "38", "85");
        schemes.accredit("GCE-GOLD", chapters, null);
        schemes.accredit("GCE-SILVER", chapters, null);
    }

    private void seedCathayGreen() {
        if (schemes.list(PageRequest.of(0, 1)).total() > 0) {
            return;
        }
        publish(new SchemeDraft("CGM-CHEM", "Cathay Green Mark — Chemicals", "国泰绿色标志 — 化学品", 36, 12,
                List.of(new Criterion("SDS", "Safety data sheet revised within 2 years", "安全技术说明书两年内修订",
                        Set.of(EvidenceType.SAFETY_DATA_SHEET), 24, null, null), reach())));
        schemes.accredit("CGM-CHEM", List.of("28", "29", "32", "34", "38"), null);
    }

    private void publish(SchemeDraft draft) {
        schemes.publish(schemes.create(draft).id());
    }

    private static Criterion sds() {
        return new Criterion("SDS", "Safety data sheet revised within 3 years", "安全技术说明书三年内修订",
                Set.of(EvidenceType.SAFETY_DATA_SHEET), 36, null, null);
    }

    private static Criterion reach() {
        return new Criterion("REACH", "REACH SVHC declaration", "REACH 高度关注物质声明",
                Set.of(EvidenceType.REACH_DECLARATION), 12, null, null);
    }
}
