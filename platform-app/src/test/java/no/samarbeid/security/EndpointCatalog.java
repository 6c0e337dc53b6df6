package no.samarbeid.security;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;

/**
 * Every endpoint under {@code /api/} as Spring MVC maps it, read from the running application's
 * {@link RequestMappingHandlerMapping}, with what its handler methods take (a JSON body, UUID path variables) and
 * whether it streams server-sent events.
 */
final class EndpointCatalog {

    private final Map<Endpoint, Handled> endpoints;

    private EndpointCatalog(Map<Endpoint, Handled> endpoints) {
        this.endpoints = Collections.unmodifiableMap(endpoints);
    }

    /** An endpoint and the handler methods behind it (several when they differ only in what they consume). */
    record Handled(Endpoint endpoint, List<HandlerMethod> handlers) {

        ApiEndpoints.Kind kind() {
            return ApiEndpoints.kindOf(endpoint);
        }

        /** The declared type of the {@code @RequestBody}, if a handler takes one. */
        Optional<Type> jsonBody() {
            return parameters()
                    .filter(p -> p.hasParameterAnnotation(RequestBody.class))
                    .map(MethodParameter::getGenericParameterType)
                    .findFirst();
        }

        /** The path variables declared as UUIDs. */
        Set<String> uuidVariables() {
            Set<String> names = new java.util.TreeSet<>();
            parameters()
                    .filter(p -> p.hasParameterAnnotation(PathVariable.class))
                    .filter(p -> p.getParameterType().equals(UUID.class))
                    .forEach(p -> names.add(variableName(p)));
            return names;
        }

        /** Whether it answers with a stream of server-sent events. */
        boolean streams() {
            return handlers.stream().anyMatch(handler -> {
                ResolvableType type = ResolvableType.forMethodReturnType(handler.getMethod());
                Predicate<ResolvableType> emitter = t -> ResponseBodyEmitter.class.isAssignableFrom(t.toClass());
                return emitter.test(type) || emitter.test(type.getGeneric(0));
            });
        }

        /** What a client of it accepts: events for a stream, anything for bytes (a photo), else JSON. */
        String accept() {
            if (streams()) {
                return "text/event-stream";
            }
            boolean bytes = handlers.stream().anyMatch(handler -> {
                ResolvableType type = ResolvableType.forMethodReturnType(handler.getMethod());
                return type.toClass().equals(byte[].class)
                        || type.getGeneric(0).toClass().equals(byte[].class);
            });
            return bytes ? "*/*" : "application/json";
        }

        private java.util.stream.Stream<MethodParameter> parameters() {
            return handlers.stream().flatMap(handler -> java.util.Arrays.stream(handler.getMethodParameters()));
        }

        private static String variableName(MethodParameter parameter) {
            PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
            String name = variable == null ? "" : variable.name().isEmpty() ? variable.value() : variable.name();
            if (name.isEmpty()) {
                parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
                name = parameter.getParameterName();
            }
            return name;
        }
    }

    /** Reads the endpoints under {@code /api/}; a mapping without HTTP methods is listed as method {@code ANY}. */
    static EndpointCatalog of(RequestMappingHandlerMapping mapping) {
        Map<Endpoint, List<HandlerMethod>> found = new TreeMap<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    found.computeIfAbsent(new Endpoint("ANY", pattern), e -> new ArrayList<>())
                            .add(handler);
                }
                for (RequestMethod method : methods) {
                    found.computeIfAbsent(new Endpoint(method.name(), pattern), e -> new ArrayList<>())
                            .add(handler);
                }
            }
        });
        Map<Endpoint, Handled> endpoints = new TreeMap<>();
        found.forEach((endpoint, handlers) -> endpoints.put(endpoint, new Handled(endpoint, List.copyOf(handlers))));
        return new EndpointCatalog(endpoints);
    }

    Set<Endpoint> endpoints() {
        return endpoints.keySet();
    }

    /** The endpoints of one kind, as classified in {@link ApiEndpoints#TABLE}; fails on an unclassified one. */
    List<Handled> ofKind(ApiEndpoints.Kind kind) {
        return endpoints.values().stream().filter(e -> e.kind() == kind).toList();
    }

    List<Handled> all() {
        return List.copyOf(endpoints.values());
    }
}
