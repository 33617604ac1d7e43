package com.greencert.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;

import com.tngtech.archunit.core.domain.JavaClasses;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Query;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering rules of the house (DEVELOPERS.md), checked on the compiled classes of all modules:
 * features own {@code domain}, {@code service} and {@code persistence} layers; views ({@code ui}) and
 * REST resources ({@code api}) are thin and never touch JPA.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.greencert");
        assertThat(classes.size()).as("classes imported").isGreaterThan(40);
    }

    @Test
    void the_domain_depends_on_no_other_layer_and_no_framework_but_jpa_annotations() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("com.greencert..service..", "com.greencert..persistence..",
                        "com.greencert..api..", "com.greencert..ui..", "com.greencert..keycloak..", "com.vaadin..", "jakarta.ws.rs..", "org.eclipse.persistence..",
                        "org.keycloak..", "jakarta.servlet..", "jakarta.enterprise..")
                .check(classes);
    }

    @Test
    void services_use_domain_ports_not_persistence_nor_web() {
        noClasses().that().resideInAPackage("..service..")
                .should().dependOnClassesThat().resideInAnyPackage("com.greencert..persistence..", "com.greencert..api..",
                        "com.greencert..ui..", "com.greencert..keycloak..", "com.vaadin..", "jakarta.ws.rs..", "jakarta.servlet..", "jakarta.persistence..")
                .check(classes);
    }

    @Test
    void views_and_resources_never_touch_jpa_or_persistence() {
        noClasses().that().resideInAnyPackage("com.greencert..ui..", "com.greencert..api..")
                .should().dependOnClassesThat(resideInAnyPackage("com.greencert..persistence..",
                        "org.eclipse.persistence..", "javax.sql..", "java.sql..")
                        .or(assignableTo(EntityManager.class)).or(assignableTo(EntityManagerFactory.class))
                        .or(assignableTo(Query.class)))
                .check(classes);
    }

    @Test
    void views_do_not_call_the_rest_api_and_resources_do_not_use_vaadin() {
        noClasses().that().resideInAPackage("com.greencert..ui..").should().dependOnClassesThat()
                .resideInAnyPackage("com.greencert..api..", "jakarta.ws.rs..").check(classes);
        noClasses().that().resideInAPackage("com.greencert..api..").should().dependOnClassesThat()
                .resideInAnyPackage("com.greencert..ui..", "com.vaadin..").check(classes);
    }

    @Test
    void eclipselink_is_confined_to_the_tenancy_wiring_and_keycloak_to_its_adapter() {
        noClasses().that().resideOutsideOfPackage("com.greencert.shared.persistence..")
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.persistence..").check(classes);
        noClasses().that().resideOutsideOfPackages("com.greencert..keycloak..")
                .should().dependOnClassesThat().resideInAPackage("org.keycloak..").check(classes);
    }

    @Test
    void persistence_adapters_are_hidden_behind_domain_interfaces() {
        classes().that().resideInAPackage("com.greencert..persistence..").and().areNotInterfaces()
                .and().doNotHaveSimpleName("package-info")
                .and().resideOutsideOfPackage("com.greencert.shared.persistence..")
                .should().notBePublic().check(classes);
    }

    /**
     * The deliberate cross-tenant reads (entities shared on purpose in eclipselink-orm.xml) are queried in one
     * repository each: evidence a tenant was granted (JpaEvidences), the public facts of a certification
     * (JpaApplications), the audit ledgers (the audit feature's persistence).
     */
    @Test
    void each_cross_tenant_read_is_confined_to_its_one_repository() {
        noClasses().that().resideInAPackage("com.greencert..persistence..").and().doNotHaveSimpleName("JpaEvidences")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.greencert.evidence.domain.SharedEvidence")
                .check(classes);
        noClasses().that().resideInAPackage("com.greencert..persistence..").and().doNotHaveSimpleName("JpaApplications")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.greencert.certification.domain.PublicCertification")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("com.greencert.audit..")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.greencert.audit.domain.AuditEntry")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.greencert.audit.domain.AuditChainHead")
                .check(classes);
        classes().that().haveFullyQualifiedName("com.greencert.evidence.domain.SharedEvidence")
                .should().onlyBeAccessed().byClassesThat().resideInAnyPackage("com.greencert.evidence..")
                .check(classes);
    }

    @Test
    void domain_packages_are_free_of_cycles() {
        slices().matching("com.greencert.(*).domain..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void every_package_says_what_it_is_for() {
        Set<String> packages = new TreeSet<>();
        Set<String> documented = new TreeSet<>();
        classes.forEach(c -> {
            packages.add(c.getPackageName());
            if (c.getSimpleName().equals("package-info")) {
                documented.add(c.getPackageName());
            }
        });
        packages.removeAll(documented);
        assertThat(packages).as("packages without package-info.java").isEmpty();
    }
}
