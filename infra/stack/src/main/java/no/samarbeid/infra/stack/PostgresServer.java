package no.samarbeid.infra.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL 15 from Maven Central ({@link PostgresDistribution}), or the machine's binaries when
 * {@code SAMARBEID_POSTGRES_BIN} names their folder (e.g. {@code /usr/lib/postgresql/15/bin}). As
 * root it runs in a user namespace ({@code unshare -U}), since PostgreSQL refuses to run as root. On first start it
 * creates the cluster, the {@code samarbeid} database, the owner role that runs migrations and the application role
 * that does not own the tables (so row-level security applies to it).
 */
public final class PostgresServer implements Server {

    static final String SUPERUSER_PASSWORD = "postgres";

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public boolean healthy() {
        Properties credentials = new Properties();
        credentials.setProperty("user", "postgres");
        credentials.setProperty("password", SUPERUSER_PASSWORD);
        credentials.setProperty("connectTimeout", "2");
        String url = "jdbc:postgresql://%s:%d/samarbeid".formatted(Ports.HOST, Ports.postgres());
        try (var connection = DriverManager.getConnection(url, credentials);
                var statement = connection.createStatement()) {
            return statement.execute("select 1");
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public Process start(StackHome home) throws IOException, InterruptedException {
        Path bin = binaries(home);
        Path data = home.data(name()).resolve("cluster");
        Path log = home.log(name());
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            initialise(bin, data, home.data(name()), log);
        }
        Path sockets = Files.createDirectories(home.data(name()).resolve("sockets"));
        return Processes.launch(
                asServerUser(
                        bin.resolve("postgres").toString(),
                        "-D",
                        data.toString(),
                        "-p",
                        Integer.toString(Ports.postgres()),
                        "-c",
                        "listen_addresses=" + Ports.HOST,
                        "-c",
                        "unix_socket_directories=" + sockets,
                        "-c",
                        "max_connections=200",
                        "-c",
                        "shared_buffers=256MB"),
                home.root(),
                log);
    }

    /**
     * Fast shutdown: SIGINT to the postmaster, which ends sessions and stops cleanly; SIGKILL to it and its backends
     * after {@link Processes#stopGrace()}.
     */
    @Override
    public Stopped stop(ProcessHandle process, StackHome home) {
        return Processes.stop(process, "INT", Processes.stopGrace());
    }

    @Override
    public List<String> endpoints() {
        return List.of("PostgreSQL     jdbc:postgresql://%s:%d/samarbeid".formatted(Ports.HOST, Ports.postgres()));
    }

    private void initialise(Path bin, Path data, Path work, Path log) throws IOException, InterruptedException {
        Path passwordFile = work.resolve("superuser-password");
        Files.writeString(passwordFile, SUPERUSER_PASSWORD);
        Processes.run(
                asServerUser(
                        bin.resolve("initdb").toString(),
                        "-D",
                        data.toString(),
                        "-U",
                        "postgres",
                        "--pwfile=" + passwordFile,
                        "--auth-local=trust",
                        "--auth-host=scram-sha-256",
                        "-E",
                        "UTF8",
                        "--locale=C.UTF-8"),
                work,
                log);
        Files.delete(passwordFile);
        Path script = work.resolve("init.sql");
        try (InputStream sql = PostgresServer.class.getResourceAsStream("postgres-init.sql")) {
            Files.copy(sql, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> single =
                asServerUser(bin.resolve("postgres").toString(), "--single", "-j", "-D", data.toString(), "postgres");
        Process process = new ProcessBuilder(single)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(script.toFile())
                .start();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException("Creating the samarbeid database failed; see " + log);
        }
    }

    private static List<String> asServerUser(String... command) {
        List<String> line = new ArrayList<>();
        if (Processes.runningAsRoot()) {
            line.addAll(List.of("unshare", "-U"));
        }
        line.addAll(List.of(command));
        return line;
    }

    private static Path binaries(StackHome home) throws IOException {
        String configured = System.getenv("SAMARBEID_POSTGRES_BIN");
        if (configured == null || configured.isBlank()) {
            return PostgresDistribution.binaries(home);
        }
        Path bin = Path.of(configured);
        if (!Files.isExecutable(bin.resolve("postgres")) || !Files.isExecutable(bin.resolve("initdb"))) {
            throw new IOException("SAMARBEID_POSTGRES_BIN=" + configured + " holds no postgres and initdb");
        }
        return bin;
    }
}
