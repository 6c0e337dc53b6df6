package no.samarbeid.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModule;

/**
 * Rules Spring Modulith does not check: only a feature's face is public, repositories are package-private, packages
 * are free of cycles, and each module's SQL names only its own schema.
 */
class ArchitectureTests {

    private static final String MIGRATIONS = "db/migration/";

    /**
     * A module's feature packages (below its root package) make a type public only when another package uses it: its
     * face. Everything else stays package-private. The root package (the module's API), named interfaces
     * ({@code events}, {@code templates}) are faces by definition. Compile-time constants are inlined, so a type
     * used elsewhere only for its constants counts as unused: such constants belong on the face that needs them.
     */
    @Test
    void featurePackagesMakePublicOnlyTheirFace() {
        List<String> needlessPublic = new ArrayList<>();
        for (JavaClass type : Architecture.classes()) {
            String pkg = type.getPackageName();
            if (!type.getModifiers().contains(JavaModifier.PUBLIC)
                    || !type.isTopLevelClass()
                    || type.getSimpleName().equals("package-info")
                    || isModuleApi(pkg)) {
                continue;
            }
            boolean usedElsewhere = type.getDirectDependenciesToSelf().stream()
                    .anyMatch(dependency ->
                            !dependency.getOriginClass().getPackageName().equals(pkg));
            if (!usedElsewhere) {
                needlessPublic.add(type.getName());
            }
        }
        assertThat(needlessPublic)
                .as("public types that no other package uses: make them package-private (docs/architecture.md)")
                .isEmpty();
    }

    /** Each package is a slice: no package depends, however indirectly, on a package that depends on it. */
    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("no.samarbeid.(**)").should().beFreeOfCycles().check(Architecture.classes());
    }

    /** A module's root package, its named interfaces, and the shared kernel are its API. */
    private static boolean isModuleApi(String pkg) {
        return pkg.startsWith("no.samarbeid.core")
                || pkg.equals("no.samarbeid")
                || pkg.endsWith(".events")
                || pkg.endsWith(".templates")
                || Architecture.MODULES.stream().anyMatch(module -> pkg.equals("no.samarbeid." + module));
    }

    @Test
    void repositoriesArePackagePrivate() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .and()
                .areNotAnnotatedWith(NoRepositoryBean.class)
                .should()
                .notBePublic()
                .because("repositories are package-private collections of their module (docs/architecture.md)")
                .allowEmptyShould(true)
                .check(Architecture.classes());
    }

    /** Modulith checks this for closed modules only; the shared kernel {@code core} is an open module. */
    @Test
    void noCodeUsesTheInternalPackagesOfAnotherModule() {
        classes().should(notUseInternalsOfAnotherModule()).check(Architecture.classes());
    }

    @Test
    void everyModuleShipsMigrationsOnlyForItsOwnSchema() {
        List<String> violations = new ArrayList<>();
        Map<String, Set<String>> roots = new HashMap<>();
        for (ApplicationModule module : Architecture.modules()) {
            Set<String> own = ModuleSql.roots(module);
            roots.put(module.getName(), own);
            for (ModuleSql.Text sql : ModuleSql.resources(own)) {
                int at = sql.origin().indexOf(MIGRATIONS);
                if (at >= 0
                        && !sql.origin().startsWith(Architecture.schemaOf(module) + "/", at + MIGRATIONS.length())) {
                    violations.add(module.getName() + " ships " + sql.origin());
                }
            }
        }
        for (Resource migration : ModuleSql.resources("classpath*:" + MIGRATIONS + "**/*.sql")) {
            String url = ModuleSql.url(migration);
            if (roots.values().stream().flatMap(Set::stream).noneMatch(url::startsWith)) {
                violations.add("no module ships " + url);
            }
        }
        assertThat(violations)
                .as("migrations must be in db/migration/<the module's own schema>/ of the module's jar")
                .isEmpty();
    }

    @Test
    void noModuleNamesAnotherModulesSchemaInItsSql() {
        List<String> violations = new ArrayList<>();
        for (ApplicationModule module : Architecture.modules()) {
            List<ModuleSql.Text> texts = new ArrayList<>(ModuleSql.resources(ModuleSql.roots(module)));
            texts.addAll(ModuleSql.inClasses(module));
            for (ApplicationModule other : Architecture.modules()) {
                if (other.equals(module)) {
                    continue;
                }
                Pattern reference = schemaReference(Architecture.schemaOf(other));
                texts.stream()
                        .filter(text -> reference.matcher(text.sql()).find())
                        .forEach(text -> violations.add(
                                module.getName() + " names schema " + other.getName() + " in " + text.origin()));
            }
        }
        assertThat(violations)
                .as("a module never reads or writes another module's tables")
                .isEmpty();
    }

    /** {@code schema.}, optionally quoted, not part of a longer name such as {@code no.samarbeid.core.}. */
    private static Pattern schemaReference(String schema) {
        return Pattern.compile("(?<![\\w.$])\"?" + schema + "\"?\\s*\\.", Pattern.CASE_INSENSITIVE);
    }

    private static ArchCondition<JavaClass> notUseInternalsOfAnotherModule() {
        return new ArchCondition<>("not use the internal packages of another module") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                var own = Architecture.modules().getModuleByType(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    var owner = Architecture.modules().getModuleByType(target);
                    if (("." + target.getPackageName() + ".").contains(".internal.")
                            && owner.isPresent()
                            && !owner.equals(own)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
