package no.samarbeid.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end of a build stops the servers its tests started and leaves alone those that ran before it. The server here
 * is a real process ({@code sleep}), healthy while it runs.
 */
class BuildServersUnitTests {

    @TempDir
    Path root;

    private final PrintStream out = new PrintStream(new ByteArrayOutputStream());
    private final Sleeper server = new Sleeper();

    @AfterEach
    void stopWhatIsLeft() {
        server.process.ifPresent(ProcessHandle::destroyForcibly);
    }

    @Test
    void stopsTheServersTheBuildStarted() throws Exception {
        Stack stack = new Stack(new StackHome(root), List.of(server));

        stack.recordStartedByBuild(stack.up(out));
        ProcessHandle started = server.process.orElseThrow();
        stack.releaseBuildServers(out);

        assertThat(started.isAlive()).isFalse();
        assertThat(new StackHome(root).startedByBuild()).doesNotExist();
    }

    @Test
    void leavesAloneServersThatRanBeforeTheBuild() throws Exception {
        Stack stack = new Stack(new StackHome(root), List.of(server));
        stack.up(out);
        stack.adopt();
        ProcessHandle running = server.process.orElseThrow();

        stack.recordStartedByBuild(stack.up(out));
        stack.releaseBuildServers(out);

        assertThat(running.isAlive()).isTrue();
    }

    @Test
    void upByHandTakesOverWhatABuildStarted() throws Exception {
        Stack stack = new Stack(new StackHome(root), List.of(server));
        stack.recordStartedByBuild(stack.up(out));

        stack.up(out);
        stack.adopt();
        stack.releaseBuildServers(out);

        assertThat(server.process.orElseThrow().isAlive()).isTrue();
    }

    /** A server whose process is {@code sleep}: healthy while that process lives. */
    private static final class Sleeper implements Server {

        Optional<ProcessHandle> process = Optional.empty();

        @Override
        public String name() {
            return "sleeper";
        }

        @Override
        public boolean healthy() {
            return process.map(ProcessHandle::isAlive).orElse(false);
        }

        @Override
        public Process start(StackHome home) throws IOException {
            Process started = Processes.launch(List.of("sleep", "300"), home.root(), home.log(name()));
            process = Optional.of(started.toHandle());
            return started;
        }

        @Override
        public List<String> endpoints() {
            return List.of();
        }
    }
}
