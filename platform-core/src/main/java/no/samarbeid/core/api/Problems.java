package no.samarbeid.core.api;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Map;

/** RFC 9457 problem details as the API answers them: the schema and one documented response per status. */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";
    static final String SCHEMA = "Problem";

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("400", "Invalid input; `errors` names each field (Norwegian by default, `Accept-Language`)"),
            Map.entry("401", "No valid bearer token or guest session"),
            Map.entry("403", "No access: role, municipality, workshop or table"),
            Map.entry("404", "Not found, or not in the caller's municipality"),
            Map.entry("409", "Conflicts with the current state, e.g. a completed workshop or a duplicate"),
            Map.entry("410", "Gone, e.g. an expired join code"),
            Map.entry("411", "A body of unknown length (chunked) where no login is needed"),
            Map.entry("413", "Content too large (without login: at most 16 KB)"),
            Map.entry("415", "Unsupported media type"),
            Map.entry("429", "Too many attempts; try again later"),
            Map.entry("500", "Unexpected error; `reference` identifies it in the logs"));

    private Problems() {}

    static Schema<?> schema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri"))
                .addProperty("code", new StringSchema().description("stable code of the problem"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(new ObjectSchema()
                                        .addProperty("field", new StringSchema())
                                        .addProperty("message", new StringSchema())))
                .addProperty("reference", new StringSchema().description("500 only: the log reference"));
    }

    /** A problem response for a status; keeps a description given by the operation. */
    static ApiResponse response(String status, ApiResponse given) {
        ApiResponse response = given == null ? new ApiResponse() : given;
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(DESCRIPTIONS.getOrDefault(status, "Problem"));
        }
        return response.content(new Content()
                .addMediaType(
                        MEDIA_TYPE, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))));
    }
}
