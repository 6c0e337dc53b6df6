package no.samarbeid.infra.stack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Small helpers to launch detached server processes and to stop them by pid, within a bound. */
public final class Processes {

    private Processes() {}

    /** Starts a command in the background with stdout and stderr appended to the log file. */
    public static Process launch(List<String> command, Path workingDir, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        return builder.start();
    }

    /** Runs a short command to completion and fails with its output if it does not succeed. */
    public static void run(List<String> command, Path workingDir, Path log) throws IOException, InterruptedException {
        Process process = launch(command, workingDir, log);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("'" + String.join(" ", command) + "' failed; see " + log);
        }
    }

    /**
     * How long a server may take to stop after the polite signal before it gets SIGKILL: {@code
     * SAMARBEID_STOP_TIMEOUT} seconds, 30 by default (Kafka's controlled shutdown and Elasticsearch's flush take a
     * few seconds; a broker waiting for connected clients would otherwise wait much longer).
     */
    public static Duration stopGrace() {
        String configured = System.getenv("SAMARBEID_STOP_TIMEOUT");
        return Duration.ofSeconds(configured == null || configured.isBlank() ? 30 : Long.parseLong(configured.trim()));
    }

    /** How long the stack waits for a process to vanish after SIGKILL. */
    public static final Duration KILL_WAIT = Duration.ofSeconds(10);

    /** Terminates a process and its descendants: SIGTERM, then SIGKILL after {@link #stopGrace()}. */
    public static Stopped terminate(ProcessHandle process) {
        return stop(process, "TERM", stopGrace());
    }

    /**
     * Stops a process and its descendants within a bound: sends {@code signal} ({@code TERM} to the whole tree, or
     * e.g. {@code INT} to the process alone, which then ends its children itself), waits up to {@code grace}, then
     * sends SIGKILL to whatever of the tree still lives and waits up to {@link #KILL_WAIT}.
     */
    public static Stopped stop(ProcessHandle process, String signal, Duration grace) {
        long begin = System.nanoTime();
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(0, process);
        if ("TERM".equals(signal)) {
            tree.forEach(ProcessHandle::destroy);
        } else {
            signal(process, signal);
        }
        boolean killed = !awaitExit(tree, grace);
        boolean survived = false;
        if (killed) {
            tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            survived = !awaitExit(tree, KILL_WAIT);
        }
        return new Stopped(process.pid(), signal, killed, survived, Duration.ofNanos(System.nanoTime() - begin));
    }

    private static boolean awaitExit(List<ProcessHandle> tree, Duration timeout) {
        CompletableFuture<?>[] exits = tree.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return tree.stream().noneMatch(ProcessHandle::isAlive);
        }
    }

    private static void signal(ProcessHandle process, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!kill.waitFor(10, TimeUnit.SECONDS)) {
                kill.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether something accepts TCP connections on the port of 127.0.0.1. */
    public static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(Ports.HOST, port), (int)
                    Duration.ofMillis(500).toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The Java executable of the running JVM, used to start the Java-based servers. */
    public static String java() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    public static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
