package cn.dangjian;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The structure rules of decision 0010, checked on the compiled main classes: features form layers without
 * cycles, siblings meet only through {@code common.contracts} or the organisation's read API, views never
 * reach persistence, every public service method is secured, views live in {@code ui} packages, files stay small.
 */
class ArchitectureTest {

    private static final String ROOT = "cn.dangjian";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(ROOT);

    /** Everybody may use these; they depend on nothing of ours above them. */
    private static final Set<String> BASE = Set.of("common");

    /**
     * The layer table: which other top-level packages a feature may depend on (besides {@link #BASE} and
     * itself). {@code organization-api} means only the organisation's read API (see {@link #isOrganizationApi}).
     * The root package (Application, MainLayout) sits on top and may use everything; it is not listed.
     */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("common", Set.of()),
            Map.entry("security", Set.of()),
            Map.entry("demo", Set.of("security")),
            Map.entry("audit", Set.of("security")),
            Map.entry("organization", Set.of("security", "audit", "demo")),
            Map.entry("accounts", Set.of("security", "audit", "demo", "organization")),
            Map.entry("pairing", Set.of("security", "audit", "demo", "organization-api")),
            Map.entry("calendar", Set.of("security", "audit", "demo", "organization-api")),
            Map.entry("points", Set.of("security", "audit", "demo", "organization-api")),
            // The year's plan follow-up (key tasks, brand projects) reads the calendar's held events and pairings.
            Map.entry("plan", Set.of("security", "audit", "demo", "organization-api", "calendar", "pairing")),
            // The assessment reads the evidence every feature below keeps.
            Map.entry(
                    "assessment",
                    Set.of("security", "audit", "demo", "organization-api", "calendar", "pairing", "points", "plan")),
            // The dashboard reads every feature's public services; nothing depends on it.
            Map.entry(
                    "dashboard",
                    Set.of(
                            "security",
                            "audit",
                            "organization",
                            "pairing",
                            "calendar",
                            "points",
                            "plan",
                            "assessment")));

    /**
     * Public methods of services that users never call, so they carry no access rule: Spring calls them
     * with whatever security context the triggering work has.
     */
    private static final List<Class<? extends Annotation>> CALLED_BY_SPRING =
            List.of(EventListener.class, TransactionalEventListener.class, Scheduled.class);

    /**
     * Services whose public methods run before anyone has signed in, so no access rule can apply.
     * AppUserDetailsService: Spring Security calls it to sign a user in.
     */
    private static final Set<String> BEFORE_SIGN_IN = Set.of("cn.dangjian.security.AppUserDetailsService");

    @Test
    void top_level_packages_have_no_cycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void features_depend_only_on_the_layers_below_them() {
        classes()
                .that()
                .resideInAPackage(ROOT + ".*..")
                .should(dependOnlyOnAllowedFeatures())
                .check(MAIN);
    }

    @Test
    void views_never_reach_persistence() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat(assignableTo(Repository.class))
                .orShould()
                .dependOnClassesThat(assignableTo(EntityManager.class))
                .orShould()
                .dependOnClassesThat(assignableTo(JdbcOperations.class))
                .orShould()
                .dependOnClassesThat(assignableTo(NamedParameterJdbcOperations.class))
                .check(MAIN);
    }

    @Test
    void every_public_service_method_is_secured() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Service.class)
                .and()
                .arePublic()
                .and()
                .doNotHaveModifier(JavaModifier.STATIC)
                .and()
                .doNotHaveModifier(JavaModifier.SYNTHETIC)
                .and()
                .doNotHaveModifier(JavaModifier.BRIDGE)
                .and(not(calledBySpring()))
                .and()
                .areDeclaredInClassesThat(not(nameIn(BEFORE_SIGN_IN)))
                .should(beSecured())
                .check(MAIN);
    }

    /** One default per service, so a new method is never open by accident; methods that differ say so. */
    @Test
    void every_service_has_a_class_level_access_rule() {
        classes()
                .that()
                .areAnnotatedWith(Service.class)
                .and(not(nameIn(BEFORE_SIGN_IN)))
                .should()
                .beAnnotatedWith(PreAuthorize.class)
                .check(MAIN);
    }

    /**
     * One annotation family for method security: Spring's {@code @PreAuthorize}. The JSR-250 annotations stay
     * on views and the layout only, because Vaadin's view access checker reads them.
     */
    @Test
    void jsr250_annotations_only_on_views_and_the_layout() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..ui..")
                .and()
                .areNotAnnotatedWith(Layout.class)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.annotation.security")
                .check(MAIN);
    }

    @Test
    void views_live_in_a_ui_package_and_the_layout_at_the_root() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .resideInAPackage(ROOT + ".*.ui")
                .check(MAIN);
        classes()
                .that()
                .areAnnotatedWith(Layout.class)
                .should()
                .resideInAPackage(ROOT)
                .check(MAIN);
    }

    @Test
    void no_main_source_file_is_over_300_lines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            tooLong = files.filter(p -> p.toString().endsWith(".java"))
                    .map(p -> Map.entry(p, lines(p)))
                    .filter(e -> e.getValue() > 300)
                    .map(e -> e.getKey() + " (" + e.getValue() + " lines)")
                    .sorted()
                    .toList();
        }
        assertThat(tooLong).as("split these by responsibility (decision 0010)").isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> featureOf(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(ROOT + ".")) {
            return Optional.empty();
        }
        String rest = pkg.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    /**
     * The organisation's read API for other features: {@code OrganizationDirectory} with its nested types,
     * and the records and enums of the organisation's root package (values, never entities or services).
     */
    private static boolean isOrganizationApi(JavaClass c) {
        if (!c.getPackageName().equals(ROOT + ".organization")) {
            return false;
        }
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top.getSimpleName().equals("OrganizationDirectory") || c.isRecord() || c.isEnum();
    }

    private static ArchCondition<JavaClass> dependOnlyOnAllowedFeatures() {
        return new ArchCondition<>("depend only on the features the layer table allows") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = featureOf(origin).orElseThrow();
                Set<String> allowed = ALLOWED.get(from);
                if (allowed == null) {
                    events.add(SimpleConditionEvent.violated(
                            origin,
                            "package " + ROOT + "." + from + " is missing from the layer table in ArchitectureTest"));
                    return;
                }
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass().getBaseComponentType();
                    Optional<String> to = featureOf(target);
                    if (to.isEmpty()
                            || to.get().equals(from)
                            || BASE.contains(to.get())
                            || allowed.contains(to.get())) {
                        continue;
                    }
                    if (to.get().equals("organization")
                            && allowed.contains("organization-api")
                            && isOrganizationApi(target)) {
                        continue;
                    }
                    events.add(SimpleConditionEvent.violated(
                            d, from + " may not use " + to.get() + ": " + d.getDescription()));
                }
            }
        };
    }

    private static DescribedPredicate<JavaMethod> calledBySpring() {
        return DescribedPredicate.describe(
                "called by Spring (listeners, schedules)",
                m -> CALLED_BY_SPRING.stream().anyMatch(m::isAnnotatedWith));
    }

    private static DescribedPredicate<JavaClass> nameIn(Set<String> names) {
        return DescribedPredicate.describe("one of " + names, c -> names.contains(c.getName()));
    }

    private static ArchCondition<JavaMethod> beSecured() {
        return new ArchCondition<>("carry an access rule (@PreAuthorize) on the method or its class") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean secured = method.isAnnotatedWith(PreAuthorize.class)
                        || method.getOwner().isAnnotatedWith(PreAuthorize.class);
                if (!secured) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " has no access rule"));
                }
            }
        };
    }
}
