package no.samarbeid.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every stop is bounded: a process that ignores SIGTERM gets SIGKILL after the grace period, and the report says
 * so; {@code down} warns about app processes of the checkout that it did not start. The processes are real.
 */
class BoundedStopUnitTests {

    private static final Duration GRACE = Duration.ofSeconds(1);

    @TempDir
    Path root;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killWhatIsLeft() {
        started.forEach(process -> {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        });
    }

    @Test
    void aProcessThatIgnoresSigtermIsKilledAfterTheGracePeriod() throws Exception {
        Process stubborn = stubborn();

        Stopped stopped = Processes.stop(stubborn.toHandle(), "TERM", GRACE);

        assertThat(stubborn.toHandle().isAlive()).isFalse();
        assertThat(stopped.killed()).isTrue();
        assertThat(stopped.survived()).isFalse();
        assertThat(stopped.took()).isGreaterThanOrEqualTo(GRACE);
        assertThat(stopped.report()).startsWith("KILLED (pid " + stubborn.pid() + ")");
    }

    @Test
    void aProcessThatHonoursSigtermStopsWithoutSigkill() throws Exception {
        Process polite = launch("sleep", "300");

        Stopped stopped = Processes.stop(polite.toHandle(), "TERM", Duration.ofSeconds(20));

        assertThat(polite.toHandle().isAlive()).isFalse();
        assertThat(stopped.killed()).isFalse();
        assertThat(stopped.report())
                .isEqualTo("stopped (pid %d, SIGTERM, %d s)"
                        .formatted(polite.pid(), stopped.took().toSeconds()));
    }

    @Test
    void downReportsTheServerItHadToKill() throws Exception {
        Stubborn server = new Stubborn();
        Stack stack = new Stack(new StackHome(root.resolve(".stack")), List.of(server));
        stack.up(new PrintStream(new ByteArrayOutputStream()));

        String report = down(stack);

        assertThat(server.process.orElseThrow().isAlive()).isFalse();
        assertThat(report)
                .contains(
                        "stubborn",
                        "KILLED (pid " + server.process.orElseThrow().pid() + ")");
    }

    @Test
    void downWarnsAboutAnAppProcessOfTheCheckoutItDidNotStart() throws Exception {
        Path source = Files.writeString(root.resolve("App.java"), """
                class App { public static void main(String[] a) throws Exception { Thread.sleep(300_000); } }""");
        Process app = launch(
                Processes.java(),
                "-cp",
                root.resolve("platform-app/target/platform-app.jar").toString(),
                source.toString());
        Stack stack = new Stack(new StackHome(root.resolve(".stack")), List.of());

        String report = down(stack);

        assertThat(report).contains("warning", "pid " + app.pid(), "not started by the stack");
        assertThat(app.isAlive()).isTrue();
    }

    @Test
    void onlyJavaProcessesNamingTheCheckoutsAppCount() {
        String marker = "/work/x/platform-app/";
        assertThat(AppProcesses.runsApp("/usr/bin/java", new String[] {"-jar", marker + "target/app.jar"}, marker))
                .isTrue();
        assertThat(AppProcesses.runsApp("/usr/bin/java", new String[] {"-jar", "/work/y/platform-app/app.jar"}, marker))
                .isFalse();
        assertThat(AppProcesses.runsApp("/usr/bin/less", new String[] {marker + "README"}, marker))
                .isFalse();
    }

    /**
     * A shell that ignores SIGTERM, returned once its trap is set (it says so on its output): a signal sent before
     * that would end it at once, and the test would not be about a stubborn process.
     */
    private Process stubborn() throws IOException {
        Process process = new ProcessBuilder("sh", "-c", "trap '' TERM; echo trapped; while true; do sleep 1; done")
                .redirectErrorStream(true)
                .start();
        started.add(process);
        try (var output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(output.readLine()).isEqualTo("trapped");
        }
        return process;
    }

    private Process launch(String... command) throws IOException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        started.add(process);
        return process;
    }

    private static String down(Stack stack) throws Exception {
        var bytes = new ByteArrayOutputStream();
        stack.down(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** A server whose process ignores SIGTERM; its stop allows one second before SIGKILL. */
    private final class Stubborn implements Server {

        Optional<ProcessHandle> process = Optional.empty();

        @Override
        public String name() {
            return "stubborn";
        }

        @Override
        public boolean healthy() {
            return process.map(ProcessHandle::isAlive).orElse(false);
        }

        @Override
        public Process start(StackHome home) throws IOException {
            Process launched = stubborn();
            process = Optional.of(launched.toHandle());
            return launched;
        }

        @Override
        public Stopped stop(ProcessHandle running, StackHome home) {
            return Processes.stop(running, "TERM", GRACE);
        }

        @Override
        public List<String> endpoints() {
            return List.of();
        }
    }
}
