package no.samarbeid.infra.stack;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak in development mode ({@code kc.sh start-dev}) from the distribution that {@code infra/keycloak} unpacks,
 * with the {@code samarbeid} realm (demo municipalities, users and clients; dev only) imported on first start. Its
 * H2 database lives in {@code .stack/data/keycloak}; a realm that already exists there is not imported again.
 */
public final class KeycloakServer implements Server {

    /** The realm of the platform. */
    public static final String REALM = "samarbeid";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .proxy(HttpClient.Builder.NO_PROXY)
            .connectTimeout(Duration.ofSeconds(1))
            .build();

    @Override
    public String name() {
        return "keycloak";
    }

    /** The issuer of the realm's tokens, as seen by clients that use 127.0.0.1. */
    public static String issuer() {
        return baseUrl() + "/realms/" + REALM;
    }

    private static String baseUrl() {
        return "http://" + Ports.HOST + ":" + Ports.keycloak();
    }

    @Override
    public boolean healthy() {
        return ok("http://" + Ports.HOST + ":" + Ports.keycloakManagement() + "/health/ready")
                && ok(issuer() + "/.well-known/openid-configuration");
    }

    @Override
    public Process start(StackHome home) throws IOException {
        Path dist = home.dist("keycloak");
        Path kc = dist.resolve("bin").resolve("kc.sh");
        if (!Files.isExecutable(kc)) {
            throw new IllegalStateException("No Keycloak distribution in " + dist
                    + "; build it with ./mvnw -pl infra/keycloak generate-resources");
        }
        List<String> command = List.of(
                kc.toString(),
                "start-dev",
                "--http-host=" + Ports.HOST,
                "--http-port=" + Ports.keycloak(),
                "--http-management-port=" + Ports.keycloakManagement(),
                "--health-enabled=true",
                // The realm file is in the distribution's data/import (put there by the build).
                "--import-realm",
                // The dev-file H2 database goes to <this>/data/h2 instead of the distribution's data folder.
                "--db-url-path=" + home.data(name()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dist.toFile())
                .redirectErrorStream(true)
                .redirectOutput(
                        ProcessBuilder.Redirect.appendTo(home.log(name()).toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.remove("JAVA");
        // kc.sh replaces all its JVM defaults when JAVA_OPTS is set; JAVA_OPTS_KC_HEAP replaces only the heap.
        env.remove("JAVA_OPTS");
        env.put("JAVA_OPTS_KC_HEAP", "-Xms256m -Xmx768m");
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        // kc.sh runs Java as its child (it forwards SIGTERM); the default stop terminates both.
        return builder.start();
    }

    @Override
    public List<String> endpoints() {
        return List.of(
                "Keycloak admin console " + baseUrl() + "/admin/ (admin/admin, dev only)",
                "Keycloak issuer " + issuer() + " (demo users, password demo: oslo-fasilitator, koordinator, ...)");
    }

    /** The first start augments the distribution once (about 90 s); later starts take 15-40 s. */
    @Override
    public int startTimeoutSeconds() {
        return 240;
    }

    private static boolean ok(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(3))
                    .GET()
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
