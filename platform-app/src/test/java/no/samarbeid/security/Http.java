package no.samarbeid.security;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
import no.samarbeid.infra.stack.DemoTokens;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the running application as an outside client would, keeping the status, the content type and the raw body
 * (HTML and stack traces included). A stream of server-sent events is not waited for: its body is left unread.
 */
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EVENT_STREAM = "text/event-stream";
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String baseUrl;

    Http(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    /** Who calls: a demo user with a bearer token, a guest with a session token, or nobody. */
    record Caller(String name, @Nullable Supplier<String> authorization) {

        static Caller user(String username) {
            return new Caller(username, () -> "Bearer " + DemoTokens.accessToken(username));
        }

        static Caller guest(String name, String sessionToken) {
            return new Caller(name, () -> "Guest " + sessionToken);
        }

        static Caller anonymous() {
            return new Caller("no token", null);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A request body and its content type. */
    record Body(String contentType, byte[] content) {

        static Body json(Object value) {
            return new Body("application/json", JSON.writeValueAsBytes(value));
        }

        /** JSON text sent as it is, e.g. malformed. */
        static Body text(String json) {
            return new Body("application/json", json.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            String text = new String(content, StandardCharsets.UTF_8);
            return contentType + " " + (text.length() > 200 ? text.substring(0, 200) + "…" : text);
        }
    }

    /** A response: status, content type and the body as text (empty for an event stream). */
    record Reply(int status, String contentType, String text) {

        JsonNode json() {
            try {
                return text.isBlank() ? JSON.missingNode() : JSON.readTree(text);
            } catch (RuntimeException e) {
                return JSON.missingNode();
            }
        }

        boolean successful() {
            return status >= 200 && status < 300;
        }

        /** RFC 9457: the problem media type, and {@code status}, {@code title} and {@code type} in the body. */
        boolean problem() {
            return problemDefects().isEmpty();
        }

        /** What keeps the response from being problem details as the platform writes them; empty if nothing. */
        java.util.List<String> problemDefects() {
            java.util.List<String> defects = new java.util.ArrayList<>();
            JsonNode body = json();
            if (!contentType.startsWith("application/problem+json")) {
                defects.add("content type is not application/problem+json");
            }
            if (!body.path("status").isNumber() || body.path("status").asInt() != status) {
                defects.add("no \"status\": " + status);
            }
            if (body.path("title").asString("").isBlank()) {
                defects.add("no \"title\"");
            }
            if (body.path("type").asString("").isBlank()) {
                defects.add("no \"type\"");
            }
            return defects;
        }

        String code() {
            return json().path("code").asString("");
        }

        @Override
        public String toString() {
            String body = text.length() > 400 ? text.substring(0, 400) + "…" : text;
            return status + " " + (contentType.isEmpty() ? "(no content type)" : contentType) + " " + body;
        }
    }

    Reply send(Caller caller, String method, String path, @Nullable Body body) {
        return send(caller, method, path, body, "application/json");
    }

    Reply send(Caller caller, String method, String path, @Nullable Body body, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", accept)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body.content()));
        if (body != null) {
            request.header("Content-Type", body.contentType());
        }
        if (caller.authorization() != null) {
            request.header("Authorization", caller.authorization().get());
        }
        try {
            HttpResponse<InputStream> response =
                    CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            try (InputStream content = response.body()) {
                String text = contentType.startsWith(EVENT_STREAM)
                        ? ""
                        : new String(content.readAllBytes(), StandardCharsets.UTF_8);
                return new Reply(response.statusCode(), contentType, text);
            }
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
