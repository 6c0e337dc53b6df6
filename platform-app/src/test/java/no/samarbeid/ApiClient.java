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
        return json(request(path, "application/json", user == null ? null : bearer(user))
                .method(method, json(body)));
    }

    /** Sends a request as a guest, with the session token of {@code POST /api/guest/join} ({@code Authorization: Guest}). */
    public Response sendAsGuest(String sessionToken, String method, String path, @Nullable Object body) {
        return json(request(path, "application/json", "Guest " + sessionToken).method(method, json(body)));
    }

    /** A binary response: its status, content type and bytes. */
    public record Binary(int status, String contentType, byte[] body) {}

    /** Gets raw bytes (e.g. an image) as a demo user. */
    public Binary getBytes(String user, String path) {
        HttpResponse<byte[]> response = exchange(
                request(path, null, bearer(user)).setHeader("Accept", "*/*").GET(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Binary(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    /** Sends raw bytes with a content type (e.g. an image as the request body) as a demo user. */
    public Response sendBytes(String user, String method, String path, String contentType, byte[] body) {
        return sendRaw(user, method, path, contentType, HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** Sends one file as a {@code multipart/form-data} part as a demo user. */
    public Response sendMultipart(
            String user, String method, String path, String part, String fileName, String contentType, byte[] file) {
        String boundary = "samarbeid-" + java.util.UUID.randomUUID();
        var form = new java.io.ByteArrayOutputStream();
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        form.writeBytes(file);
        form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return sendRaw(
                user,
                method,
                path,
                "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofByteArray(form.toByteArray()));
    }

    private Response sendRaw(
            String user, String method, String path, String contentType, HttpRequest.BodyPublisher body) {
        return json(request(path, contentType, bearer(user)).method(method, body));
    }

    private HttpRequest.Builder request(String path, @Nullable String contentType, @Nullable String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .setHeader("Accept", "application/json");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private static String bearer(String user) {
        return "Bearer " + DemoTokens.accessToken(user);
    }

    private static HttpRequest.BodyPublisher json(@Nullable Object body) {
        if (body == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        return HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body));
    }

    private Response json(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        return new Response(response.statusCode(), body.isBlank() ? JSON.missingNode() : JSON.readTree(body));
    }

    private <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.build(), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
