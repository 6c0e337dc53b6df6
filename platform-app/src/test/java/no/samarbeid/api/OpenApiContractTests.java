package no.samarbeid.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import no.samarbeid.IntegrationTest;
import no.samarbeid.infra.stack.DemoTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document ({@code /v3/api-docs}) tells the truth about every operation, of every module, as the running
 * application serves it: its real success status (what the handler really answers, read from its code, and checked
 * against real calls for a few), RFC 9457 problem responses, its security (or an explicit public marker) and real
 * media types instead of {@code *}{@code /*}.
 */
@IntegrationTest
class OpenApiContractTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final String PROBLEM = "application/problem+json";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private JsonNode docs;

    @BeforeEach
    void readTheDocument() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        Files.writeString(Path.of("target", "api-docs.json"), response.body());
        docs = JSON.readTree(response.body());
    }

    @Test
    void theDocumentNamesThePlatformAndItsWaysToAuthenticate() {
        assertThat(docs.path("info").path("title").asString()).isEqualTo("Samarbeidsplattformen API");
        assertThat(docs.path("info").path("version").asString()).isNotEqualTo("v0");
        JsonNode schemes = docs.path("components").path("securitySchemes");
        assertThat(schemes.path("bearer").path("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.path("bearer").path("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(schemes.path("guestSession").path("in").asString()).isEqualTo("cookie");
        assertThat(schemes.path("guestToken").path("in").asString()).isEqualTo("header");
    }

    @Test
    void everyOperationDocumentsItsRealSuccessStatus() {
        Map<String, Set<String>> real = realSuccessStatuses();
        List<String> wrong = new ArrayList<>();
        operations().forEach((key, operation) -> {
            Set<String> documented = new TreeSet<>();
            operation.path("responses").propertyNames().forEach(code -> {
                if (code.startsWith("2")) {
                    documented.add(code);
                }
            });
            Set<String> expected = real.get(key);
            if (expected == null) {
                wrong.add(key + ": no handler found");
            } else if (!documented.equals(expected)) {
                wrong.add(key + ": documents " + documented + " but answers " + expected);
            }
        });
        assertThat(wrong).isEmpty();
        assertThat(operations()).containsKeys("POST /api/workshops", "POST /api/platform/municipalities");
    }

    @Test
    void everyCreateIsDocumentedAs201AndReallyAnswers201() throws Exception {
        assertThat(successCodes("POST /api/workshops")).containsExactly("201");
        assertThat(successCodes("POST /api/platform/municipalities")).containsExactly("201");
        assertThat(successCodes("GET /api/workshops")).containsExactly("200");

        String token = DemoTokens.accessToken("oslo-fasilitator");
        HttpResponse<String> created = send("POST", "/api/workshops", token, """
                {"title": "Kontraktsjekk", "place": "Rådhuset", "date": "2027-03-01"}""");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).isPresent();
        assertThat(created.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));

        HttpResponse<String> listed = send("GET", "/api/workshops", token, null);
        assertThat(listed.statusCode()).isEqualTo(200);

        HttpResponse<String> refused = send("POST", "/api/workshops", token, "{}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue(PROBLEM);
        assertThat(operations()
                        .get("POST /api/workshops")
                        .path("responses")
                        .path("400")
                        .path("content")
                        .has(PROBLEM))
                .isTrue();

        HttpResponse<String> anonymous = send("GET", "/api/workshops", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(operations().get("GET /api/workshops").path("responses").has("401"))
                .isTrue();
    }

    @Test
    void everyOperationDocumentsProblemDetailsForItsErrors() {
        List<String> missing = new ArrayList<>();
        operations().forEach((key, operation) -> {
            List<String> errors = new ArrayList<>();
            operation.path("responses").propertyNames().forEach(code -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    errors.add(code);
                    if (!operation.path("responses").path(code).path("content").has(PROBLEM)) {
                        missing.add(key + " " + code + " is not " + PROBLEM);
                    }
                }
            });
            if (errors.isEmpty()) {
                missing.add(key + " documents no error response");
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void everyOperationStatesItsSecurityOrThatItIsPublic() {
        List<String> missing = new ArrayList<>();
        Set<String> schemes = new TreeSet<>();
        docs.path("components").path("securitySchemes").propertyNames().forEach(schemes::add);
        operations().forEach((key, operation) -> {
            JsonNode security = operation.path("security");
            if (!security.isArray()) {
                missing.add(key + " states no security");
            } else if (security.isEmpty()) {
                if (!key.contains(" /api/guest/")) {
                    missing.add(key + " is marked public but is not under /api/guest/");
                }
            } else {
                security.forEach(requirement -> requirement.propertyNames().forEach(name -> {
                    if (!schemes.contains(name)) {
                        missing.add(key + " names the unknown scheme " + name);
                    }
                }));
                if (!operation.path("responses").has("401")) {
                    missing.add(key + " is secured but documents no 401");
                }
            }
        });
        assertThat(missing).isEmpty();
        assertThat(operations().get("POST /api/guest/join").path("security").isEmpty())
                .isTrue();
        assertThat(schemesOf("GET /api/workshops/{id}/tables/{tableId}/notes"))
                .containsExactlyInAnyOrder("bearer", "guestToken", "guestSession");
        assertThat(schemesOf("GET /api/workshops/{id}/join-code")).containsExactly("bearer");
        assertThat(schemesOf("GET /api/workshops")).containsExactly("bearer");
    }

    @Test
    void noOperationDeclaresAnyMediaType() {
        List<String> vague = new ArrayList<>();
        operations().forEach((key, operation) -> {
            operation
                    .path("responses")
                    .properties()
                    .forEach(response -> response.getValue()
                            .path("content")
                            .propertyNames()
                            .forEach(type -> {
                                if (type.contains("*")) {
                                    vague.add(key + " " + response.getKey() + " " + type);
                                }
                            }));
            operation.path("requestBody").path("content").propertyNames().forEach(type -> {
                if (type.contains("*")) {
                    vague.add(key + " request " + type);
                }
            });
        });
        assertThat(vague).isEmpty();
    }

    @Test
    void thePhotoUploadDocumentsItsBody() {
        JsonNode body = operations()
                .get("PUT /api/workshops/{id}/tables/{tableId}/sketches/{sketchId}/photo")
                .path("requestBody")
                .path("content");
        assertThat(body.has("multipart/form-data")).isTrue();
        assertThat(body.path("multipart/form-data")
                        .path("schema")
                        .path("properties")
                        .path("file")
                        .path("format")
                        .asString())
                .isEqualTo("binary");
    }

    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new TreeMap<>();
        docs.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(method -> {
                    if (METHODS.contains(method.getKey())) {
                        operations.put(
                                method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), method.getValue());
                    }
                }));
        assertThat(operations).isNotEmpty();
        return operations;
    }

    private List<String> schemesOf(String key) {
        List<String> schemes = new ArrayList<>();
        operations()
                .get(key)
                .path("security")
                .forEach(requirement -> requirement.propertyNames().forEach(schemes::add));
        return schemes;
    }

    private Set<String> successCodes(String key) {
        Set<String> codes = new TreeSet<>();
        operations().get(key).path("responses").propertyNames().forEach(code -> {
            if (code.startsWith("2")) {
                codes.add(code);
            }
        });
        return codes;
    }

    /** Each mapped endpoint's real success statuses (several handlers of one operation add up). */
    private Map<String, Set<String>> realSuccessStatuses() {
        Map<String, Set<String>> statuses = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            for (String pattern : info.getPatternValues()) {
                for (var method : info.getMethodsCondition().getMethods()) {
                    statuses.computeIfAbsent(method.name() + " " + pattern, key -> new TreeSet<>())
                            .addAll(SuccessStatus.of(entry.getValue().getMethod()));
                }
            }
        }
        return statuses;
    }

    private HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Accept", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
