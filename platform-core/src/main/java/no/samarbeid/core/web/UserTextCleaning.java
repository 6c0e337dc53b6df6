package no.samarbeid.core.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Applies {@link UserText#clean} to everything people send: every string of a JSON body (a Jackson module, so API
 * requests and anything else read with the application's mapper) and every request parameter (query and form fields,
 * also of multipart forms), before any controller sees them.
 */
@Configuration(proxyBeanMethods = false)
class UserTextCleaning {

    @Bean
    JacksonModule userTextModule() {
        return new SimpleModule("user-text").addDeserializer(String.class, new CleanStrings());
    }

    @Bean
    OncePerRequestFilter userTextParameters() {
        return new CleanParameters();
    }

    private static final class CleanStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            return UserText.clean(super.deserialize(parser, context));
        }
    }

    private static final class CleanParameters extends OncePerRequestFilter implements Ordered {

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 10; // after TrustedProxies, before security and the controllers
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(new Cleaned(request), response);
        }
    }

    private static final class Cleaned extends HttpServletRequestWrapper {

        private @Nullable Map<String, String[]> parameters;

        Cleaned(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                Map<String, String[]> cleaned = new LinkedHashMap<>();
                super.getParameterMap()
                        .forEach((name, values) -> cleaned.put(
                                name, Arrays.stream(values).map(UserText::clean).toArray(String[]::new)));
                parameters = Collections.unmodifiableMap(cleaned);
            }
            return parameters;
        }
    }
}
