package no.samarbeid.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image of {@code infra/deploy/Dockerfile} can be built from the packaged jar: extracting its layers as the
 * Dockerfile does ({@code -Djarmode=tools extract --layers --launcher}) yields every layer the Dockerfile copies,
 * those are all the jar's layers, and together they hold the launcher the image starts and the app. Runs after
 * {@code package} (failsafe, in {@code verify}), since it needs the jar; no registry is reachable here to build the
 * image itself.
 */
class DeployImageIntegrationTests {

    private static final Pattern COPY_LAYER = Pattern.compile("^COPY --from=\\S+ \\S*/extracted/([a-z-]+)/ \\./$");

    @TempDir
    Path work;

    @Test
    void theLayersTheDockerfileCopiesAreExtractedFromTheJar() throws Exception {
        Path jar = Path.of(System.getProperty("samarbeid.app.jar", "target/platform-app.jar"));
        assertThat(jar)
                .as("run after package: ./mvnw -pl platform-app -am verify")
                .exists();
        List<String> copied = Files.readAllLines(Path.of("..", "infra", "deploy", "Dockerfile")).stream()
                .map(COPY_LAYER::matcher)
                .filter(Matcher::matches)
                .map(matcher -> matcher.group(1))
                .toList();
        Path extracted = work.resolve("extracted");

        String output = run(
                javaExecutable(),
                "-Djarmode=tools",
                "-jar",
                jar.toAbsolutePath().toString(),
                "extract",
                "--layers",
                "--launcher",
                "--destination",
                extracted.toString());

        List<String> layers;
        try (Stream<Path> dirs = Files.list(extracted)) {
            layers = dirs.map(dir -> dir.getFileName().toString()).toList();
        }
        assertThat(copied)
                .as("the Dockerfile copies every layer of the jar, in the jar's order; extract said: " + output)
                .containsExactlyElementsOf(layersIndex(jar))
                .containsExactlyInAnyOrderElementsOf(layers)
                .containsExactly("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
        assertThat(extracted.resolve("spring-boot-loader/org/springframework/boot/loader/launch/JarLauncher.class"))
                .isRegularFile();
        assertThat(extracted.resolve("application/BOOT-INF/classes/application.yml"))
                .isRegularFile();
        // Boot puts the reactor's own modules into the application layer; snapshot-dependencies holds third-party
        // snapshots (none today), and exists even when empty, so the Dockerfile's COPY of it works.
        assertThat(extracted.resolve("application/BOOT-INF/lib"))
                .isDirectoryContaining(path -> path.getFileName().toString().startsWith("platform-core-"))
                .isDirectoryContaining(path -> path.getFileName().toString().startsWith("module-workshops-"));
        try (Stream<Path> jars = Files.list(extracted.resolve("dependencies/BOOT-INF/lib"))) {
            assertThat(jars.count()).isGreaterThan(50);
        }
        assertThat(extracted.resolve("snapshot-dependencies")).isDirectory();
        assertThat(Files.readString(Path.of("..", "infra", "deploy", "Dockerfile")))
                .contains("ENTRYPOINT [\"java\", \"org.springframework.boot.loader.launch.JarLauncher\"]");
    }

    /** The layer names in the jar's {@code BOOT-INF/layers.idx}, in order. */
    private List<String> layersIndex(Path jar) throws Exception {
        String index = run(
                javaExecutable(),
                "-Djarmode=tools",
                "-jar",
                jar.toAbsolutePath().toString(),
                "list-layers");
        return index.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private String run(String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(work, "run", ".log");
        Process process = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean ended = process.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(ended && process.exitValue() == 0)
                .as(String.join(" ", command) + " failed: " + output)
                .isTrue();
        return output;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
