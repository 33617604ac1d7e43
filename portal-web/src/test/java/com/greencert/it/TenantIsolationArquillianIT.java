package com.greencert.it;

import com.greencert.shared.domain.PageRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.greencert.shared.caller.Caller;
import com.greencert.shared.caller.CallerContext;
import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.NotFoundException;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.domain.UserId;
import com.greencert.supplier.domain.Facility;
import com.greencert.supplier.service.FacilityService;
import com.greencert.supplier.service.RegisterFacility;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.nio.file.Path;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside Payara Micro on MariaDB: the persistence layer alone keeps tenants apart. The services are
 * called with callers of two tenants; no query names a tenant, yet each sees only its own rows, and
 * EclipseLink refuses tenant-owned reads when no tenant is set.
 */
@ExtendWith({StackExtension.class, ArquillianExtension.class})
class TenantIsolationArquillianIT {

    @Deployment
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("greencert.war")))
                .addClasses(TenantIsolationArquillianIT.class, StackExtension.class, Stack.class)
                .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
    }

    @Inject
    FacilityService facilities;

    @Inject
    CallerContext callers;

    @PersistenceContext(unitName = "greencert")
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Test
    void each_tenant_sees_only_its_own_facilities() {
        actAs("zhejiang-greenpower");
        Facility own = facilities.register(new RegisterFacility("Isolation test plant A", "Road 1", "CN",
                null, null, null));

        actAs("jiangsu-qingyuan");
        assertThat(facilities.list(PageRequest.of(0, PageRequest.MAX_LIMIT)).items()).extracting(Facility::name)
                .doesNotContain("Isolation test plant A");
        assertThatThrownBy(() -> facilities.get(own.id())).isInstanceOf(NotFoundException.class);

        actAs("zhejiang-greenpower");
        assertThat(facilities.get(own.id()).name()).isEqualTo("Isolation test plant A");
    }

    @Test
    void a_bulk_update_cannot_reach_another_tenants_rows() throws Exception {
        actAs("zhejiang-greenpower");
        Facility own = facilities.register(new RegisterFacility("Isolation test plant B", "Road 2", "CN",
                null, null, null));

        actAs("jiangsu-qingyuan");
        tx.begin();
        // the WHERE clause matches the other tenant's row by name; tenancy must still keep it out of reach
        int touched = em.createQuery("update Facility f set f.name = 'hijacked' where f.name = :name")
                .setParameter("name", "Isolation test plant B").executeUpdate();
        tx.commit();
        assertThat(touched).isZero();

        actAs("zhejiang-greenpower");
        assertThat(facilities.get(own.id()).name()).isEqualTo("Isolation test plant B");
    }

    @Test
    void without_a_tenant_tenant_owned_rows_cannot_be_read() {
        callers.set(null);
        assertThatThrownBy(() -> em.createQuery("select f from Facility f", Facility.class).getResultList())
                .hasMessageContaining("6174");
    }

    private void actAs(String tenant) {
        callers.set(new Caller(new UserId("it-" + tenant), "it-" + tenant, null, TenantId.of(tenant),
                Set.of(Role.SUPPLIER)));
    }

    private static File jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
