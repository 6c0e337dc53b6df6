package no.samarbeid.infra.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The local stack of real servers: {@code up} starts what is not running (in parallel) and waits until each is
 * healthy, reusing what already runs; {@code down} stops exactly the processes it started, by pid; {@code status}
 * shows each server's health.
 */
public final class Stack {

    private final StackHome home;
    private final List<Server> servers;

    public Stack(StackHome home, List<Server> servers) {
        this.home = home;
        this.servers = servers;
    }

    /** The stack of this project: PostgreSQL, Kafka, Elasticsearch and Keycloak. */
    public static Stack local() {
        return new Stack(
                StackHome.locate(),
                List.of(new PostgresServer(), new KafkaServer(), new ElasticsearchServer(), new KeycloakServer()));
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "status" : args[0];
        Stack stack = local();
        switch (command) {
            case "up" -> {
                stack.up(System.out);
                stack.adopt();
            }
            case "release" -> stack.releaseBuildServers(System.out);
            case "down" -> stack.down(System.out);
            case "status" -> {
                if (!stack.status(System.out)) {
                    System.exit(3);
                }
            }
            default -> {
                System.err.println("usage: stack up|down|status|release");
                System.exit(2);
            }
        }
    }

    /**
     * Starts every server that is not healthy yet and waits for all of them; returns the names of those it started
     * (not those it reused).
     */
    public List<String> up(PrintStream out) throws Exception {
        Instant begin = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(servers.size());
        List<String> started = new ArrayList<>();
        try {
            List<Future<Start>> results = servers.stream()
                    .map(server -> pool.submit(() -> ensureRunning(server)))
                    .toList();
            StringBuilder failures = new StringBuilder();
            for (int i = 0; i < servers.size(); i++) {
                try {
                    Start start = results.get(i).get();
                    out.printf("  %-14s %s%n", servers.get(i).name(), start.report());
                    if (start.started()) {
                        started.add(servers.get(i).name());
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.append(System.lineSeparator()).append(e.getCause().getMessage());
                }
            }
            if (!failures.isEmpty()) {
                throw new IllegalStateException("The stack did not come up:" + failures);
            }
        } finally {
            pool.shutdownNow();
        }
        out.printf(
                "Stack up in %d s (data and logs in %s)%n",
                Duration.between(begin, Instant.now()).toSeconds(), home.root());
        servers.forEach(server -> server.endpoints().forEach(line -> out.println("  " + line)));
        return started;
    }

    /**
     * Records that a build (its tests) started these servers, so {@link #releaseBuildServers} stops them when the
     * build ends.
     */
    public void recordStartedByBuild(List<String> names) throws IOException {
        if (names.isEmpty()) {
            return;
        }
        Path marker = home.startedByBuild();
        Set<String> all = new LinkedHashSet<>(Files.exists(marker) ? Files.readAllLines(marker) : List.of());
        all.addAll(names);
        Files.write(marker, all);
    }

    /** The servers now belong to whoever ran {@code up} by hand: the build that started them leaves them running. */
    public void adopt() throws IOException {
        Files.deleteIfExists(home.startedByBuild());
    }

    /** Stops the servers a build started (and that still run as this stack's processes); leaves the others alone. */
    public void releaseBuildServers(PrintStream out) throws IOException, InterruptedException {
        Path marker = home.startedByBuild();
        if (!Files.exists(marker)) {
            return;
        }
        List<String> names = Files.readAllLines(marker);
        out.println("Stopping the servers this build started: " + String.join(", ", names));
        for (int i = servers.size() - 1; i >= 0; i--) {
            Server server = servers.get(i);
            if (names.contains(server.name())) {
                Optional<ProcessHandle> process = ourProcess(server);
                if (process.isPresent()) {
                    out.printf(
                            "  %-14s %s%n",
                            server.name(), server.stop(process.get(), home).report());
                }
                Files.deleteIfExists(home.pidFile(server.name()));
            }
        }
        Files.delete(marker);
    }

    /**
     * Stops the servers this stack started, each within a bound (SIGTERM, SIGKILL after {@link
     * Processes#stopGrace()}), and reports how each ended; leaves servers it did not start alone. First warns about
     * app processes of this checkout that still run: the stack did not start them, and they keep connections open.
     */
    public void down(PrintStream out) throws IOException, InterruptedException {
        AppProcesses.of(home.root().toAbsolutePath().getParent())
                .forEach(app -> out.printf(
                        "  warning: an app process of this checkout still runs, not started by the stack: pid %d (%s);"
                                + " it will lose its servers (stop it with kill %d)%n",
                        app.pid(), AppProcesses.describe(app), app.pid()));
        for (int i = servers.size() - 1; i >= 0; i--) {
            Server server = servers.get(i);
            Optional<ProcessHandle> process = ourProcess(server);
            if (process.isPresent()) {
                out.printf(
                        "  %-14s %s%n",
                        server.name(), server.stop(process.get(), home).report());
            } else {
                out.printf("  %-14s not running%n", server.name());
            }
            Files.deleteIfExists(home.pidFile(server.name()));
        }
    }

    /** Stops one server this stack started, e.g. to test what happens while it is down; {@link #up} restarts it. */
    public Stopped stop(String name) throws IOException {
        Server server = servers.stream()
                .filter(candidate -> candidate.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No server " + name));
        Optional<ProcessHandle> process = ourProcess(server);
        if (process.isEmpty()) {
            throw new IllegalStateException(name + " was not started by this stack, so it will not stop it");
        }
        Stopped stopped = server.stop(process.get(), home);
        Files.deleteIfExists(home.pidFile(name));
        return stopped;
    }

    /** Prints each server's health; true when all are healthy. */
    public boolean status(PrintStream out) {
        boolean allHealthy = true;
        for (Server server : servers) {
            boolean healthy = server.healthy();
            allHealthy &= healthy;
            String owner = ourProcess(server)
                    .map(p -> "pid " + p.pid())
                    .orElse(healthy ? "not started by this stack" : "not running");
            out.printf("  %-14s %-9s %s%n", server.name(), healthy ? "healthy" : "DOWN", owner);
        }
        return allHealthy;
    }

    private record Start(boolean started, String report) {}

    private Start ensureRunning(Server server) throws Exception {
        Optional<ProcessHandle> ours = ourProcess(server);
        if (server.healthy()) {
            return new Start(
                    false,
                    ours.map(p -> "reused (pid " + p.pid() + ")").orElse("reused (already running, not ours)")
                            + note(server.prepare(home)));
        }
        Instant begin = Instant.now();
        ProcessHandle process;
        if (ours.isPresent()) {
            process = ours.get();
        } else {
            process = server.start(home).toHandle();
            Files.writeString(home.pidFile(server.name()), Long.toString(process.pid()));
        }
        Instant deadline = begin.plusSeconds(server.startTimeoutSeconds());
        while (!server.healthy()) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        server.name() + " exited while starting; last log lines:" + tail(home.log(server.name())));
            }
            if (Instant.now().isAfter(deadline)) {
                Processes.terminate(process);
                throw new IllegalStateException(server.name() + " was not healthy after " + server.startTimeoutSeconds()
                        + " s; last log lines:" + tail(home.log(server.name())));
            }
            Thread.sleep(250);
        }
        return new Start(
                ours.isEmpty(),
                "started in " + Duration.between(begin, Instant.now()).toSeconds() + " s (pid " + process.pid() + ")"
                        + note(server.prepare(home)));
    }

    private static String note(String note) {
        return note.isEmpty() ? "" : "; " + note;
    }

    private Optional<ProcessHandle> ourProcess(Server server) {
        Path pidFile = home.pidFile(server.name());
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return System.lineSeparator() + "    "
                    + String.join(
                            System.lineSeparator() + "    ",
                            lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return " (no log at " + log + ")";
        }
    }
}
