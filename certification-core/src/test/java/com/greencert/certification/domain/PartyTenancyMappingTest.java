package com.greencert.certification.domain;

import static com.greencert.certification.domain.ApplicationFixtures.BODY;
import static com.greencert.certification.domain.ApplicationFixtures.BUYER_TENANT;
import static com.greencert.certification.domain.ApplicationFixtures.OTHER_BODY;
import static com.greencert.certification.domain.ApplicationFixtures.OTHER_SUPPLIER;
import static com.greencert.certification.domain.ApplicationFixtures.SUPPLIER;
import static com.greencert.certification.domain.ApplicationFixtures.SUPPLIER_TENANT;
import static com.greencert.certification.domain.ApplicationFixtures.actor;
import static com.greencert.certification.domain.ApplicationFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.greencert.shared.caller.Role;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.persistence.H2Database;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The party criteria of eclipselink-orm.xml on a real database (H2, the production migrations and mapping):
 * plain queries with no tenant clause see exactly the rows the caller's tenant takes part in.
 */
class PartyTenancyMappingTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static String url;
    private static EntityManagerFactory emf;

    /** A database of its own per test: the fixtures' schemes all have the same code. */
    @BeforeEach
    void open() {
        int n = DATABASES.incrementAndGet();
        url = "jdbc:h2:mem:party-tenancy-" + n + ";DB_CLOSE_DELAY=-1";
        emf = H2Database.migratedAndOpen(url, "party-tenancy-test-" + n);
    }

    @AfterEach
    void close() {
        emf.close();
    }

    private static void as(TenantId tenant, Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager(H2Database.asTenant(tenant.value()));
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    private static <T> T read(TenantId tenant, Function<EntityManager, T> query) {
        Object[] result = new Object[1];
        as(tenant, em -> result[0] = query.apply(em));
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    private static long count(TenantId tenant, String jpql) {
        Long n = read(tenant, em -> em.createQuery(jpql, Long.class).getSingleResult());
        return n;
    }

    private static <T> T find(TenantId tenant, Class<T> type, String id) {
        return read(tenant, em -> em.find(type, id));
    }

    private static List<String> applications(TenantId tenant) {
        return read(tenant, em -> em.createQuery("select a.id from CertificationApplication a", String.class).getResultList());
    }

    private static long events(TenantId tenant, CertificationApplication app) {
        Long n = read(tenant, em -> em.createQuery("select count(e) from ApplicationEvent e where e.application.id = :id",
                Long.class).setParameter("id", app.id().toString()).getSingleResult());
        return n;
    }

    private static void store(ApplicationFixtures f) {
        as(BODY, em -> em.persist(f.scheme));
        as(SUPPLIER_TENANT, em -> em.persist(f.app));
    }

    @Test
    void a_draft_is_the_suppliers_alone_and_the_body_reads_it_from_the_submission_on() {
        ApplicationFixtures f = new ApplicationFixtures().draft();
        store(f);
        String id = f.app.id().toString();

        assertThat(applications(SUPPLIER_TENANT)).contains(id);
        assertThat(events(SUPPLIER_TENANT, f.app)).isPositive();
        for (TenantId outsider : List.of(BODY, OTHER_BODY, OTHER_SUPPLIER, BUYER_TENANT)) {
            assertThat(applications(outsider)).as(outsider.value()).doesNotContain(id);
            assertThat(events(outsider, f.app)).as(outsider.value()).isZero();
        }

        as(SUPPLIER_TENANT, em -> {
            CertificationApplication app = em.createQuery("select a from CertificationApplication a where a.id = :id",
                    CertificationApplication.class).setParameter("id", id).getSingleResult();
            app.submit(SUPPLIER, f.scheme, f.today, at());
        });

        assertThat(applications(BODY)).contains(id);
        assertThat(events(BODY, f.app)).isPositive();
        for (TenantId outsider : List.of(OTHER_BODY, OTHER_SUPPLIER, BUYER_TENANT)) {
            assertThat(applications(outsider)).as(outsider.value()).doesNotContain(id);
            assertThat(events(outsider, f.app)).as(outsider.value()).isZero();
        }
        assertThat(count(BUYER_TENANT, "select count(f) from Finding f")).isZero();
    }

    @Test
    void the_public_facts_of_a_certification_are_read_by_anyone_and_a_complaint_by_its_three_parties() {
        ApplicationFixtures f = ApplicationFixtures.in(ApplicationStatus.CERTIFIED);
        store(f);
        String id = f.app.id().toString();
        assertThat(applications(BUYER_TENANT)).doesNotContain(id);
        PublicCertification seen = find(BUYER_TENANT, PublicCertification.class, id);
        assertThat(seen.body()).isEqualTo(BODY);
        assertThat(seen.statusOn(f.today)).isEqualTo(ApplicationStatus.CERTIFIED);

        Actor buyer = actor("anna.buyer", BUYER_TENANT, Role.BUYER);
        Complaint complaint = new Complaint(ComplaintId.newId(), seen, buyer, "DEHP found in shipment", at());
        as(BUYER_TENANT, em -> em.persist(complaint));
        String cid = complaint.id().toString();
        for (TenantId party : List.of(BUYER_TENANT, BODY, SUPPLIER_TENANT)) {
            assertThat(find(party, Complaint.class, cid)).as(party.value()).isNotNull();
        }
        for (TenantId outsider : List.of(OTHER_BODY, OTHER_SUPPLIER)) {
            assertThat(count(outsider, "select count(c) from Complaint c")).as(outsider.value()).isZero();
        }
        assertThat(complaint.complainantKnownTo(BODY)).isTrue();
        assertThat(complaint.complainantKnownTo(SUPPLIER_TENANT)).isFalse();
    }

    @Test
    void a_conflict_of_interest_is_owned_by_its_body_which_the_insert_stamps() throws Exception {
        ConflictOfInterest declared = new ConflictOfInterest(BODY, "chen.assessor", SUPPLIER_TENANT, "former employer", at());
        as(BODY, em -> em.persist(declared));
        assertThat(count(BODY, "select count(c) from ConflictOfInterest c")).isEqualTo(1);
        assertThat(count(OTHER_BODY, "select count(c) from ConflictOfInterest c")).isZero();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                ResultSet rs = c.createStatement().executeQuery("select body_tenant_id from conflict_of_interest")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(BODY.value());
        }
    }
}
