package no.samarbeid.workshops.board;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives board page handlers their {@link SheetPost}: the workshop and table from the path ({@code {id}},
 * {@code {tableId}}), the posted fields, and whether htmx sent it ({@code HX-Request}).
 */
@Configuration(proxyBeanMethods = false)
class SheetPostArguments implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    static final String HTMX = "HX-Request";

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == SheetPost.class;
    }

    @Override
    public SheetPost resolveArgument(
            MethodParameter parameter,
            @Nullable ModelAndViewContainer container,
            NativeWebRequest request,
            @Nullable WebDataBinderFactory binders) {
        @SuppressWarnings("unchecked")
        Map<String, String> path = (Map<String, String>)
                request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        MultiValueMap<String, String> typed = new LinkedMultiValueMap<>();
        request.getParameterMap().forEach((field, values) -> typed.put(field, List.of(values)));
        return new SheetPost(
                uuid(path, "id", parameter),
                uuid(path, "tableId", parameter),
                "",
                typed,
                request.getHeader(HTMX) != null);
    }

    private static UUID uuid(@Nullable Map<String, String> path, String name, MethodParameter parameter) {
        String value = path == null ? null : path.get(name);
        try {
            return UUID.fromString(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new MethodArgumentTypeMismatchException(value, UUID.class, name, parameter, e);
        }
    }
}
