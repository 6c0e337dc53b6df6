package no.samarbeid.reporting;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import no.samarbeid.SamarbeidApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Rules of the reporting module that the compiler does not check. */
class ReportingArchitectureTests {

    private static final JavaClasses REPORTING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.samarbeid.reporting");

    @Test
    void onlyTheCentralTenantAndNationalSearchesQueryElasticsearch() {
        noClasses()
                .that()
                .doNotHaveSimpleName("TenantScopedSearch")
                .and()
                .doNotHaveSimpleName("NationalSearch")
                .and()
                .doNotHaveSimpleName("Propagation")
                .and()
                .doNotHaveSimpleName("Rebuild")
                .should()
                .callMethodWhere(target(owner(assignableTo(ElasticsearchClient.class)))
                        .and(target(
                                nameMatching("search|msearch|searchTemplate|msearchTemplate|count|scroll|knnSearch"))))
                .because("every tenant-scoped query must be filtered by TenantScopedSearch, every national one by"
                        + " NationalSearch (Propagation and Rebuild only maintain the read models)")
                .check(REPORTING);
    }

    @Test
    void reportingNeedsNoOtherModulesClasses() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("no.samarbeid.workshops..", "no.samarbeid.registry..", "no.samarbeid.impact..")
                .because("reporting reads other modules' events as its own records, so it can be deployed apart")
                .check(REPORTING);
    }

    @Test
    void reportingDependsOnOtherModulesOnlyThroughTheirEvents() {
        var violations = ApplicationModules.of(SamarbeidApplication.class).detectViolations();

        assertThat(violations.getMessages()).noneMatch(message -> message.contains("reporting"));
    }
}
