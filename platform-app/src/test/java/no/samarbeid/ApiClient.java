package no.samarbeid;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import no.samarbeid.infra.stack.DemoTokens;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running application's JSON API as a demo user, as a client outside the application would. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public ApiClient(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    /** A response: its status and JSON body (a missing node when empty). */
    public record Response(int status, JsonNode body) {}

    public Response get(String user, String path) {
        return send(user, "GET", path, null);
    }

    public Response post(String user, String path, Object body) {
        return send(user, "POST", path, body);
    }

    public Response put(String user, String path, Object body) {
        return send(user, "PUT", path, body);
    }

    /** Sends a request; {@code user} null sends no token, and a String body is sent as it is. */
    public Response send(@Nullable String user, String method, String path, @Nullable Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json");
        if (user != null) {
            request.header("Authorization", "Bearer " + DemoTokens.accessToken(user));
        }
        String payload = body == null ? null : body instanceof String text ? text : JSON.writeValueAsString(body);
        request.method(
                method,
                payload == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(payload));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
            return new Response(response.statusCode(), json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
