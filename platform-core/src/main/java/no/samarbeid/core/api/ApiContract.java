package no.samarbeid.core.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.http.MediaType;

/**
 * Makes the whole document tell the truth: only the JSON API ({@code /api/**}); each operation's security from the
 * security rules ({@code /api/guest/**} public, {@code /api/platform/**} and {@code /api/national/**} by role, a
 * guest session besides a bearer token inside one workshop, {@code /api/workshops/{id}/**}), unless the handler
 * states its own (e.g. {@code @SecurityRequirement(name = "bearer")} where only facilitators are admitted);
 * problem responses derived from the operation's shape; JSON where springdoc wrote {@code *}{@code /*}.
 */
final class ApiContract implements GlobalOpenApiCustomizer {

    static final String BEARER = "bearer";
    static final String GUEST_SESSION = "guestSession";
    static final String GUEST_TOKEN = "guestToken";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().keySet().removeIf(path -> !path.startsWith("/api/"));
        openApi.getPaths()
                .forEach((path, item) ->
                        item.readOperationsMap().forEach((method, operation) -> describe(path, method, operation)));
    }

    private void describe(String path, PathItem.HttpMethod method, Operation operation) {
        List<SecurityRequirement> security =
                operation.getSecurity() == null || operation.getSecurity().isEmpty()
                        ? security(path)
                        : operation.getSecurity();
        operation.setSecurity(security);
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        Set<String> problems = new TreeSet<>(derivedProblems(path, method, operation, !security.isEmpty()));
        responses.keySet().stream()
                .filter(code -> code.startsWith("4") || code.startsWith("5"))
                .forEach(problems::add);
        for (String code : problems) {
            responses.addApiResponse(code, Problems.response(code, responses.get(code)));
        }
        responses.forEach((code, response) -> HandlerOperations.replaceAny(response, MediaType.APPLICATION_JSON_VALUE));
        operation.setResponses(responses);
    }

    static List<SecurityRequirement> security(String path) {
        if (path.startsWith("/api/guest/")) {
            return List.of();
        }
        if (path.startsWith("/api/platform/")) {
            return List.of(new SecurityRequirement().addList(BEARER, "PLATFORM_ADMIN"));
        }
        if (path.startsWith("/api/national/")) {
            return List.of(new SecurityRequirement().addList(BEARER, List.of("NATIONAL_COORDINATOR", "RESEARCHER")));
        }
        List<SecurityRequirement> security = new ArrayList<>();
        security.add(new SecurityRequirement().addList(BEARER));
        if (path.startsWith("/api/workshops/{")) {
            security.add(new SecurityRequirement().addList(GUEST_TOKEN));
            security.add(new SecurityRequirement().addList(GUEST_SESSION));
        }
        return security;
    }

    private static Set<String> derivedProblems(
            String path, PathItem.HttpMethod method, Operation operation, boolean secured) {
        Set<String> codes = new TreeSet<>(Set.of("500"));
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters =
                operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (hasBody || hasParameters) {
            codes.add("400");
        }
        if (secured) {
            codes.addAll(Set.of("401", "403"));
        }
        if (path.contains("{")) {
            codes.add("404");
        }
        if (method != PathItem.HttpMethod.GET) {
            codes.add("409");
        }
        if (hasBody) {
            codes.add("415");
            Map<String, ?> content = operation.getRequestBody().getContent();
            if (content != null && content.containsKey(MediaType.MULTIPART_FORM_DATA_VALUE)) {
                codes.add("413");
            }
            if (path.startsWith("/api/guest/")) { // unauthenticated: small bodies of known length only
                codes.addAll(Set.of("411", "413"));
            }
        }
        return codes;
    }
}
