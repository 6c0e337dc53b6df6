package no.samarbeid.core.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tells Tomcat that a request reached us over TLS when a trusted proxy ({@link TrustedProxies}) says so
 * ({@code X-Forwarded-Proto: https} or {@code Forwarded: proto=https}), so Tomcat marks the session cookie
 * {@code Secure}; Spring Security then sends {@code Strict-Transport-Security}, and the guest cookie is
 * {@code Secure} too. Headers from anyone else change nothing.
 */
@Component
class ForwardedTls implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final Pattern FORWARDED_PROTO = Pattern.compile("(?i)(?:^|[;,\\s])proto=\"?([a-z]+)");

    private final TrustedProxies proxies;

    ForwardedTls(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextValves(new ValveBase(true) {
            @Override
            public void invoke(Request request, Response response) throws IOException, ServletException {
                if (!request.isSecure() && proxies.trusts(request.getRemoteAddr()) && overTls(request)) {
                    request.setSecure(true);
                }
                getNext().invoke(request, response);
            }
        });
    }

    private static boolean overTls(Request request) {
        String proto = first(request.getHeader("X-Forwarded-Proto"));
        if (proto == null && request.getHeader("Forwarded") != null) {
            Matcher forwarded = FORWARDED_PROTO.matcher(request.getHeader("Forwarded"));
            proto = forwarded.find() ? forwarded.group(1).toLowerCase(Locale.ROOT) : null;
        }
        return "https".equals(proto);
    }

    private static @Nullable String first(@Nullable String header) {
        return header == null ? null : header.split(",")[0].strip().toLowerCase(Locale.ROOT);
    }
}
