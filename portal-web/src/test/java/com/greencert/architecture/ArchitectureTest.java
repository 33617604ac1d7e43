package com.greencert.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;

import com.greencert.keycloak.KeycloakServer;
import com.greencert.mariadb.LocalMariaDb;
import com.greencert.shared.api.GreenCertApi;
import com.greencert.shared.config.GreenCertConfig;
import com.greencert.shared.domain.InvalidInputException;
import com.greencert.shared.domain.TenantId;
import com.greencert.shared.domain.UserId;
import com.greencert.shared.domain.UuidId;
import com.greencert.shared.ui.HomeRoutes;
import com.greencert.shared.ui.MainLayout;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.UUID;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Query;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of the house as the repository's own documents state them ({@link #DOCUMENTED_IN}: the
 * architecture overview and ADR 0001), checked on the compiled classes of all modules:
 * features own {@code domain}, {@code service} and {@code persistence} layers; views ({@code ui}) and
 * REST resources ({@code api}) are thin and never touch JPA.
 */
class ArchitectureTest {

    /** Where these rules are written down for people, relative to the repository's root. */
    static final List<String> DOCUMENTED_IN = List.of("docs/architecture.md", "docs/adr/0001-module-layout.md");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // certification-core's test-jar (the OpenSearch harness of the ITs) is test code too
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("com.greencert");
        assertThat(classes.size()).as("classes imported").isGreaterThan(40);
    }

    @Test
    void the_rules_are_written_down_in_the_repository() {
        Path root = Path.of("").toAbsolutePath().getParent(); // tests run in portal-web/
        DOCUMENTED_IN.forEach(doc -> assertThat(root.resolve(doc)).as(doc).isRegularFile());
        assertThat(root.resolve(DOCUMENTED_IN.getLast())).content().contains("ArchitectureTest");
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

    /**
     * Payara's OpenAPI reader takes any {@code @Schema}-annotated method whose name contains "set" for a setter and
     * reads its first parameter: on a record accessor such as {@code criteriaSet()} it fails, and the whole OpenAPI
     * document answers 500. Describe such a member on the record's own {@code @Schema} instead.
     */
    @Test
    void no_schema_annotation_on_a_method_whose_name_payara_takes_for_a_setter() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().areAnnotatedWith("org.eclipse.microprofile.openapi.annotations.media.Schema")
                .and().haveNameMatching("(?i).*set.*")
                .should(new ArchCondition<com.tngtech.archunit.core.domain.JavaMethod>("take a parameter, as a setter does") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaMethod method, ConditionEvents events) {
                        if (method.getRawParameterTypes().isEmpty()) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                    + " is annotated with @Schema and its name contains \"set\""));
                        }
                    }
                }).allowEmptyShould(true).check(classes);
    }

    @Test
    void domain_packages_are_free_of_cycles() {
        slices().matching("com.greencert.(*).domain..").should().beFreeOfCycles().check(classes);
    }

    /**
     * Features depend on each other in one direction only (e.g. certification on evidence on supplier on svhc;
     * where the dependency would point back, the depending feature declares a port the other implements). The
     * composition root is the one exception: the REST application lists every resource and the layout and the
     * home routes name every feature's views, while every view uses the layout.
     */
    @Test
    void feature_packages_are_free_of_cycles() {
        slices().matching("com.greencert.(*)..").should().beFreeOfCycles()
                .ignoreDependency(JavaClass.Predicates.belongToAnyOf(GreenCertApi.class, MainLayout.class, HomeRoutes.class),
                        DescribedPredicate.alwaysTrue())
                .check(classes);
    }

    /**
     * Settings are read in one place, {@link GreenCertConfig}, where each key has its one type and default:
     * nothing else reads system properties, environment variables or MicroProfile Config. Tests are not
     * imported here (they start and configure their own stack). {@link KeycloakServer} and {@link LocalMariaDb} are
     * excepted: they are launchers that start Keycloak and MariaDB for the tests and the local run, outside and
     * before the application, so the application's configuration does not exist for them.
     */
    @Test
    void configuration_is_read_only_through_greencert_config() {
        DescribedPredicate<JavaMethodCall> readsTheEnvironment = DescribedPredicate.describe(
                "read system properties or environment variables", call -> {
                    String owner = call.getTargetOwner().getName();
                    return owner.equals(System.class.getName())
                            && Set.of("getProperty", "getProperties", "getenv").contains(call.getName())
                            || Set.of(Integer.class.getName(), Long.class.getName(), Boolean.class.getName()).contains(owner)
                            && Set.of("getInteger", "getLong", "getBoolean").contains(call.getName());
                });
        noClasses().that().doNotBelongToAnyOf(GreenCertConfig.class, KeycloakServer.class, LocalMariaDb.class)
                .should().callMethodWhere(readsTheEnvironment)
                .orShould().dependOnClassesThat().resideInAPackage("org.eclipse.microprofile.config..")
                .check(classes);
    }

    /**
     * Every id GreenCert gives out is a record of its own type with one shape ({@link UuidId}): it makes and
     * reads itself only through {@code UuidId.newId}/{@code UuidId.parse}, so all of them accept and refuse the
     * same text. Tenants and users are named by Keycloak (an organization alias, a subject) and have their own.
     */
    @Test
    void every_typed_id_has_the_one_shape() {
        classes().that().areRecords().and().haveSimpleNameEndingWith("Id")
                .and().doNotBelongToAnyOf(TenantId.class, UserId.class)
                .should().implement(UuidId.class).andShould(readAndMakeThemselvesThroughUuidId()).check(classes);
    }

    private static ArchCondition<JavaClass> readAndMakeThemselvesThroughUuidId() {
        return new ArchCondition<>("make and read themselves through UuidId.newId and UuidId.parse") {
            @Override
            public void check(JavaClass id, ConditionEvents events) {
                for (String method : new String[] {"newId", "parse"}) {
                    boolean delegates = id.getMethods().stream()
                            .filter(m -> m.getName().equals(method) && m.getModifiers().contains(JavaModifier.STATIC)
                                    && m.getRawReturnType().equals(id))
                            .anyMatch(m -> m.getMethodCallsFromSelf().stream().anyMatch(call -> call.getTargetOwner()
                                    .isEquivalentTo(UuidId.class) && call.getName().equals(method)));
                    events.add(new SimpleConditionEvent(id, delegates, id.getName() + (delegates ? " has " : " has no ")
                            + "static " + method + " calling UuidId." + method));
                }
                String problem = behaviour(id.reflect());
                events.add(new SimpleConditionEvent(id, problem == null, id.getName() + ": " + problem));
            }
        };
    }

    /** What an id type does differently from the shape, or null. */
    private static String behaviour(Class<?> type) {
        try {
            UUID uuid = UUID.randomUUID();
            Method parse = type.getMethod("parse", String.class);
            Object id;
            try {
                id = parse.invoke(null, " " + uuid + "\n");
            } catch (InvocationTargetException e) {
                return "refuses an id with white space around it: " + e.getCause();
            }
            if (!((UuidId) id).value().equals(uuid) || !id.toString().equals(uuid.toString())) {
                return "does not read back " + uuid + " as itself";
            }
            if (!type.getMethod("newId").invoke(null).getClass().equals(type)) {
                return "newId() makes another type";
            }
            for (String bad : new String[] {null, "1-2-3-4-5", "x"}) {
                try {
                    parse.invoke(null, bad);
                    return "accepts " + bad;
                } catch (InvocationTargetException e) {
                    if (!(e.getCause() instanceof InvalidInputException refusal) || !refusal.messageKey().equals("id.malformed")) {
                        return "refuses " + bad + " with " + e.getCause() + " instead of id.malformed";
                    }
                }
            }
            return null;
        } catch (ReflectiveOperationException | ClassCastException e) {
            return e.toString();
        }
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
