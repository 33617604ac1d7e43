package com.greencert.demo;

import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.Role;
import com.greencert.shared.config.GreenCertConfig;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.domain.UserId;
import com.greencert.tenant.domain.Tenant;
import com.greencert.tenant.domain.TenantType;
import com.greencert.tenant.service.TenantService;
import com.greencert.shared.lifecycle.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo tenants and a little of their data (the suppliers' profiles, products and facilities, the bodies' schemes,
 * two certifications), for the local run and the tests (switched on by
 * {@code greencert.demo.seed}). The tenants match the organizations of the Keycloak realm in
 * {@code keycloak-realm}. Seeding is idempotent, so several nodes or restarts do no harm.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    static final List<Tenant> TENANTS = List.of(
            tenant("eurochem-buyer", "EuroChem Procurement GmbH", "欧化采购有限公司", TenantType.BUYER, "DE"),
            tenant("pacific-retail", "Pacific Retail Inc.", "太平洋零售公司", TenantType.BUYER, "US"),
            tenant("zhejiang-greenpower", "Zhejiang GreenPower Battery Co., Ltd.", "浙江绿能电池有限公司",
                    TenantType.SUPPLIER, "CN"),
            tenant("jiangsu-qingyuan", "Jiangsu Qingyuan Chemical Co., Ltd.", "江苏清源化工有限公司",
                    TenantType.SUPPLIER, "CN"),
            tenant("sinoeco-cert", "SinoEco Certification Centre", "华绿认证中心", TenantType.CERTIFICATION_BODY, "CN"),
            tenant("cqc-green", "Cathay Green Certification Co.", "国泰绿色认证有限公司", TenantType.CERTIFICATION_BODY, "CN"),
            tenant("greencert-platform", "GreenCert Platform", "绿证平台", TenantType.PLATFORM, "CN"));

    @Inject
    GreenCertConfig config;

    @Inject
    TenantService tenantService;

    @Inject
    DemoSuppliers demoSuppliers;

    @Inject
    DemoSchemes demoSchemes;

    @Inject
    DemoCertifications demoCertifications;


    void seed(@Observes SchemaReady schemaReady) {
        if (!config.demoSeed()) {
            return;
        }
        TENANTS.forEach(tenantService::registerExisting);
        demoSuppliers.seed();
        demoSchemes.seed();
        demoCertifications.seed();
        LOG.info("Demo tenants and data are in place");
    }

    /** Who the demo data is written as: a seeder with the given roles in one tenant. */
    static Caller seeder(TenantId tenant, java.util.Set<Role> roles) {
        return new Caller(new UserId("demo-seed"), "demo-seed", "Demo data", tenant, roles);
    }

    private static Tenant tenant(String id, String en, String zh, TenantType type, String country) {
        return new Tenant(TenantId.of(id), en, zh, type, country, Clock.systemUTC().instant());
    }
}
