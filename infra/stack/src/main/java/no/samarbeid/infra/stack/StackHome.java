package no.samarbeid.infra.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The ignored folder (default {@code .stack} in the project root) where the stack keeps its server distributions,
 * data, logs and pid files; {@code mvn clean} does not touch it.
 */
public record StackHome(Path root) {

    public Path dist(String name) {
        return root.resolve("dist").resolve(name);
    }

    public Path data(String name) {
        return directory(root.resolve("data").resolve(name));
    }

    public Path log(String name) {
        return directory(root.resolve("logs")).resolve(name + ".log");
    }

    public Path pidFile(String name) {
        return directory(root.resolve("run")).resolve(name + ".pid");
    }

    /** Lists the servers that a build's tests started, which the build stops when it ends. */
    public Path startedByBuild() {
        return directory(root.resolve("run")).resolve("started-by-build");
    }

    /** Finds the project root (the folder holding {@code mvnw}) from the working directory upwards. */
    public static StackHome locate() {
        String configured = System.getenv("SAMARBEID_STACK_HOME");
        if (configured != null && !configured.isBlank()) {
            return new StackHome(Path.of(configured).toAbsolutePath());
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("infra"))) {
                return new StackHome(dir.resolve(".stack"));
            }
        }
        throw new IllegalStateException("Cannot find the project root (a folder with mvnw and infra/) above "
                + Path.of("").toAbsolutePath());
    }

    private static Path directory(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
