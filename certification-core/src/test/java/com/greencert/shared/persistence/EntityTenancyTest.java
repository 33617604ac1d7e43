package com.greencert.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.jpa.JpaHelper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every entity of the persistence unit is exactly one of: owned by one tenant (multitenancy), read by the
 * parties of a record (an additional criterion on the current tenant), or on the list of shared entities in
 * eclipselink-orm.xml with its reason. A new entity that is none of these fails here.
 */
class EntityTenancyTest {

    private static EntityManagerFactory emf;

    @BeforeAll
    static void open() {
        emf = H2Database.migratedAndOpen("jdbc:h2:mem:entity-tenancy;DB_CLOSE_DELAY=-1", "entity-tenancy-test");
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    @Test
    void every_entity_is_tenant_filtered_or_shared_for_a_stated_reason() throws Exception {
        Map<String, String> shared = sharedEntities();
        Map<String, String> classification = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (ClassDescriptor d : JpaHelper.getServerSession(emf).getDescriptors().values()) {
            if (d.isAggregateDescriptor() || d.isAggregateCollectionDescriptor() || d.isDescriptorTypeAggregate()) {
                continue; // embeddables live inside their entity's row
            }
            String name = d.getJavaClassName();
            boolean owned = d.hasMultitenantPolicy();
            String criteria = criteria(d);
            boolean parties = criteria.contains(TenantSessionCustomizer.PARTY_PROPERTY);
            boolean listed = shared.containsKey(name);
            int kinds = (owned ? 1 : 0) + (parties ? 1 : 0) + (listed ? 1 : 0);
            if (kinds != 1) {
                wrong.add(name + " (owned=" + owned + ", parties=" + parties + ", shared=" + listed + ")");
            }
            classification.put(name, owned ? "owned" : parties ? "parties: " + criteria : "shared: " + shared.get(name));
        }
        assertThat(wrong).as("entities that are not exactly one of owned, party-filtered, shared").isEmpty();
        assertThat(classification).as("entities found").hasSizeGreaterThanOrEqualTo(21);
        assertThat(shared.values()).as("every shared entity says why").allSatisfy(r -> assertThat(r).hasSizeGreaterThan(40));
        assertThat(shared.keySet()).as("listed as shared but no such entity").allSatisfy(c -> assertThat(classification).containsKey(c));
    }

    @Test
    void the_application_and_the_rows_inside_it_share_one_party_clause() {
        var session = JpaHelper.getServerSession(emf);
        for (Class<?> c : List.of(com.greencert.certification.domain.CertificationApplication.class,
                com.greencert.certification.domain.ApplicationEvent.class, com.greencert.certification.domain.Finding.class)) {
            assertThat(criteria(session.getDescriptor(c))).as(c.getSimpleName())
                    .contains("supplierTenantId", "bodyTenantId", "openToBody", TenantSessionCustomizer.PARTY_PROPERTY);
        }
    }

    private static String criteria(ClassDescriptor d) {
        return d.getQueryManager().hasAdditionalCriteria() ? String.valueOf(d.getQueryManager().getAdditionalJoinExpression()) : "";
    }

    /** The entities eclipselink-orm.xml lists as shared, with their reasons. */
    private static Map<String, String> sharedEntities() throws Exception {
        Map<String, String> shared = new TreeMap<>();
        try (InputStream in = EntityTenancyTest.class.getResourceAsStream("/META-INF/eclipselink-orm.xml")) {
            NodeList entities = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("entity");
            for (int i = 0; i < entities.getLength(); i++) {
                Element e = (Element) entities.item(i);
                NodeList description = e.getElementsByTagName("description");
                if (description.getLength() > 0 && description.item(0).getTextContent().startsWith("Shared: ")) {
                    shared.put(e.getAttribute("class"), description.item(0).getTextContent().substring(8));
                }
            }
        }
        return shared;
    }
}
