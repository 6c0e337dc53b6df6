package no.samarbeid.infra.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Run inside the Maven JVM (by {@code exec:java} in this module's build): when that JVM ends, i.e. after the last
 * module of the reactor, it stops the servers the build's tests started ({@code Stack release}) and leaves the
 * others running. Each module's tests run in a JVM of their own, so only the Maven JVM sees the end of the build.
 * The stop runs as a separate process from the stack's launcher classpath, so it does not depend on the plugin's
 * class loader still being open. {@code -Dsamarbeid.stack.keep=true} keeps the servers running. The stop is bounded:
 * each server gets SIGTERM, then SIGKILL after {@link Processes#stopGrace()}, and the release process itself is
 * killed if it outlasts the sum of those bounds.
 */
public final class BuildEnd {

    /** The number of servers a release may stop, one after the other. */
    private static final int SERVERS = 4;

    private BuildEnd() {}

    /** Arguments: the stack's compiled classes, the launcher's library folder and the project root. */
    public static void main(String[] args) {
        if (Boolean.getBoolean("samarbeid.stack.keep")) {
            return;
        }
        Path root = Path.of(args[2]);
        String configured = System.getenv("SAMARBEID_STACK_HOME");
        StackHome home = new StackHome(
                configured == null || configured.isBlank() ? root.resolve(".stack") : Path.of(configured));
        String classpath = args[0] + java.io.File.pathSeparator + args[1] + "/*";
        List<String> command = List.of(Processes.java(), "-cp", classpath, Stack.class.getName(), "release");
        Path marker = home.startedByBuild();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> release(marker, root, command), "samarbeid-stack-release"));
    }

    private static void release(Path marker, Path root, List<String> command) {
        if (!Files.exists(marker)) {
            return;
        }
        try {
            Process process = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .inheritIO()
                    .start();
            Duration bound = Processes.stopGrace()
                    .plus(Processes.KILL_WAIT)
                    .multipliedBy(SERVERS)
                    .plusSeconds(30);
            if (!process.waitFor(bound.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                System.err.println("Stopping the servers this build started took over " + bound.toSeconds()
                        + " s and was killed; run ./samarbeid down");
            }
        } catch (Exception e) {
            System.err.println("Could not stop the servers this build started: " + e + "; run ./samarbeid down");
        }
    }
}
