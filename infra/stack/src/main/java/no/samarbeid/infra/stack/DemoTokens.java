package no.samarbeid.infra.stack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Access tokens of the demo realm's users (password {@code demo}) through the dev-only {@code samarbeid-cli} client,
 * for tests and scripts. Tokens are cached for a minute.
 */
public final class DemoTokens {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private DemoTokens() {}

    /** A fresh-enough access token for the demo user, e.g. {@code oslo-fasilitator}. */
    public static String accessToken(String username) {
        Cached cached = CACHE.get(username);
        if (cached != null
                && cached.fetchedAt()
                        > System.nanoTime() - Duration.ofMinutes(1).toNanos()) {
            return cached.token();
        }
        String token = fetch(username, "demo");
        CACHE.put(username, new Cached(token, System.nanoTime()));
        return token;
    }

    /** Forgets the user's cached token, e.g. after their roles changed. */
    public static void forget(String username) {
        CACHE.remove(username);
    }

    /** The issuer of the demo realm. */
    public static String issuer() {
        return "http://%s:%d/realms/samarbeid".formatted(Ports.HOST, Ports.keycloak());
    }

    private static String fetch(String username, String password) {
        String form = "grant_type=password&client_id=samarbeid-cli&scope=openid&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException(
                        "No token for " + username + ": " + response.statusCode() + " " + response.body());
            }
            return token.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak unreachable at " + issuer(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Cached(String token, long fetchedAt) {}
}
