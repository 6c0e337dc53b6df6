package no.samarbeid.reporting;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.samarbeid.infra.stack.DemoTokens;
import no.samarbeid.infra.stack.Ports;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/** Calls the running application's search API with demo users' bearer tokens, and reads documents from Elasticsearch. */
final class ReportingApi {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;

    ReportingApi(int port) {
        this.port = port;
    }

    List<Map<String, Object>> nationalSearch(String q) {
        return hits(get("/api/national/workshops?q=" + encode(q), "koordinator"));
    }

    List<Map<String, Object>> municipalSearch(String user, String q) {
        return hits(get("/api/workshops/search?q=" + encode(q), user));
    }

    /** A successful JSON answer, read. */
    JsonNode json(String path, String user) {
        HttpResponse<String> response = get(path, user);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return CloudEventProducer.JSON.readTree(response.body());
    }

    HttpResponse<String> get(String path, String user) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + DemoTokens.accessToken(user))
                .header("Accept", "application/json")
                .build());
    }

    /** A GET accepting the given media type, e.g. {@code text/csv}. */
    HttpResponse<String> accepting(String path, String user, String accept) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + DemoTokens.accessToken(user))
                .header("Accept", accept)
                .build());
    }

    HttpResponse<String> get(String path, String user, String language) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + DemoTokens.accessToken(user))
                .header("Accept", "application/json")
                .header("Accept-Language", language)
                .build());
    }

    /** The workshop's document in the read model as Elasticsearch returns it ({@code found}, {@code _source}...). */
    static JsonNode workshopDocument(Object workshopId) {
        return elasticsearch("GET", "/samarbeid-workshops/_doc/" + workshopId);
    }

    /** A content document of the read model as Elasticsearch returns it. */
    static JsonNode contentDocument(Object id) {
        return elasticsearch("GET", "/samarbeid-content/_doc/" + id);
    }

    /** Any GET of Elasticsearch's API, read. */
    static JsonNode elasticsearchGet(String path) {
        return elasticsearch("GET", path);
    }

    /** Any POST without a body to Elasticsearch's API, e.g. a refresh, read. */
    static JsonNode elasticsearchPost(String path) {
        return elasticsearch("POST", path);
    }

    /** Makes all content indexed so far visible to searches. */
    static void refreshContent() {
        elasticsearch("POST", "/samarbeid-content/_refresh");
    }

    /** Reporting's view of a tenant. */
    static JsonNode tenantDocument(Object tenantId) {
        return elasticsearch("GET", "/samarbeid-tenants/_doc/" + tenantId);
    }

    /** Makes everything indexed so far visible to searches, so a search that finds nothing means something. */
    static void refresh() {
        elasticsearch("POST", "/samarbeid-workshops/_refresh");
    }

    private static JsonNode elasticsearch(String method, String path) {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + Ports.elasticsearch() + path))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build());
        return CloudEventProducer.JSON.readTree(response.body());
    }

    private static List<Map<String, Object>> hits(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return CloudEventProducer.JSON.readValue(response.body(), new TypeReference<>() {});
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }
}
