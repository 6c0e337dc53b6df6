package no.samarbeid.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;

/**
 * The modules Spring Modulith derives from the packages, verified: no cycles, no access to another module's
 * internals, only allowed dependencies. Module documentation comes from {@link ModuleDocumentationTests}.
 */
class ModularityTests {

    @Test
    void modulesRespectEachOthersBoundaries() {
        Architecture.modules().verify();
    }

    @Test
    void theApplicationConsistsOfTheSharedKernelAndTheFourBusinessModules() {
        assertThat(Architecture.modules().stream().map(ApplicationModule::getName))
                .containsExactlyInAnyOrderElementsOf(Architecture.MODULES);
        assertThat(Architecture.modules().getSharedModules())
                .extracting(ApplicationModule::getName)
                .containsExactly("core");
    }
}
