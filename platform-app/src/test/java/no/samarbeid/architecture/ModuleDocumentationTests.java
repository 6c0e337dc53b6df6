package no.samarbeid.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the module documentation (PlantUML component diagrams and module canvases) to {@code docs/modules} of the
 * repository. Generated files come from a command, not from every test run, so this runs only with
 * {@code -Dsamarbeid.docs=true} (see the README, "Module documentation").
 */
@EnabledIfSystemProperty(named = "samarbeid.docs", matches = "true")
class ModuleDocumentationTests {

    /** Modules without dependencies yet (registry, impact) belong in the overview too. */
    private static final Documenter.DiagramOptions ALL_MODULES = Documenter.DiagramOptions.defaults()
            .withElementsWithoutRelationships(Documenter.DiagramOptions.ElementsWithoutRelationships.VISIBLE);

    @Test
    void writesTheModuleDiagramsAndCanvasesToTheDocsFolder() {
        Path output = repositoryRoot().resolve("docs").resolve("modules");

        new Documenter(Architecture.modules(), Documenter.Options.defaults().withOutputFolder(output.toString()))
                .writeDocumentation(ALL_MODULES, Documenter.CanvasOptions.defaults());

        assertThat(output.resolve("components.puml")).isRegularFile();
        Architecture.MODULES.forEach(module ->
                assertThat(output.resolve("module-" + module + ".adoc")).isRegularFile());
    }

    /** The reactor's root folder (the one with the Maven wrapper), wherever the tests run from. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("platform-app"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "No repository root above " + Path.of("").toAbsolutePath());
    }
}
