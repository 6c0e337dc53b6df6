package no.samarbeid.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import no.samarbeid.SamarbeidApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The application's modules and production classes as the architecture tests see them, imported once per JVM. */
final class Architecture {

    /** Each module owns the PostgreSQL schema named after it (see {@code ModuleSchema}). */
    static final List<String> MODULES = List.of("core", "workshops", "registry", "impact", "reporting");

    /** The local stack's test library lives under the root package, but it is no part of the application. */
    private static final String TEST_SUPPORT = "no.samarbeid.infra";

    private Architecture() {}

    static ApplicationModules modules() {
        return Modules.INSTANCE;
    }

    static JavaClasses classes() {
        return Classes.INSTANCE;
    }

    /** The schema the module owns: the module's name. */
    static String schemaOf(ApplicationModule module) {
        return module.getName();
    }

    private static final class Modules {
        static final ApplicationModules INSTANCE = ApplicationModules.of(
                SamarbeidApplication.class, JavaClass.Predicates.resideInAPackage(TEST_SUPPORT + ".."));
    }

    private static final class Classes {
        static final JavaClasses INSTANCE = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .withImportOption(location -> !location.contains("/" + TEST_SUPPORT.replace('.', '/') + "/"))
                .importPackages(SamarbeidApplication.class.getPackageName());
    }
}
