package no.samarbeid.core.api;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;

/**
 * What an operation's handler method tells: the media type of its success responses instead of {@code *}{@code /*}
 * (server-sent events for emitters, octet-stream for bytes unless documented, else JSON), a multipart body for a
 * handler that reads uploaded files, and the problems it declares with {@link ApiProblems}.
 */
final class HandlerOperations implements GlobalOperationCustomizer {

    static final String ANY = "*/*";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        ApiResponses responses = operation.getResponses();
        if (responses != null) {
            responses.forEach((status, response) -> {
                if (status.startsWith("2")) {
                    replaceAny(response, successType(handler));
                }
            });
        }
        if (readsFiles(handler)) {
            operation.setRequestBody(withMultipart(operation.getRequestBody()));
        }
        ApiProblems problems = handler.getMethodAnnotation(ApiProblems.class);
        if (problems != null) {
            ApiResponses all = responses == null ? new ApiResponses() : responses;
            Arrays.stream(problems.value()).forEach(status -> {
                String code = Integer.toString(status.value());
                all.addApiResponse(code, Problems.response(code, all.get(code)));
            });
            operation.setResponses(all);
        }
        return operation;
    }

    static void replaceAny(ApiResponse response, String type) {
        Content content = response.getContent();
        if (content == null || !content.containsKey(ANY)) {
            return;
        }
        MediaType any = content.remove(ANY);
        content.putIfAbsent(type, any);
    }

    private static String successType(HandlerMethod handler) {
        ResolvableType type = ResolvableType.forMethodReturnType(handler.getMethod());
        ResolvableType body = type.getGeneric(0);
        if (ResponseBodyEmitter.class.isAssignableFrom(type.toClass())
                || ResponseBodyEmitter.class.isAssignableFrom(body.toClass())) {
            return org.springframework.http.MediaType.TEXT_EVENT_STREAM_VALUE;
        }
        if (type.toClass().equals(byte[].class) || body.toClass().equals(byte[].class)) {
            return org.springframework.http.MediaType.APPLICATION_OCTET_STREAM_VALUE;
        }
        return org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
    }

    private static boolean readsFiles(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters())
                .map(MethodParameter::getParameterType)
                .anyMatch(type -> MultipartRequest.class.isAssignableFrom(type) || MultipartFile.class.equals(type));
    }

    private static RequestBody withMultipart(RequestBody given) {
        RequestBody body = given == null ? new RequestBody().required(true) : given;
        Content content = body.getContent() == null ? new Content() : body.getContent();
        if (!content.containsKey(org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)) {
            Map<String, io.swagger.v3.oas.models.media.Schema> properties = new LinkedHashMap<>();
            properties.put(
                    "file", new StringSchema().format("binary").description("the file (the first file part is taken)"));
            content.addMediaType(
                    org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE,
                    new MediaType().schema(new ObjectSchema().properties(properties)));
        }
        return body.content(content);
    }
}
