package no.samarbeid.workshops.facilitation;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.util.ForwardedHeaderUtils;

/**
 * The absolute link that joins a workshop by its code ({@code <scheme>://<host>/bli-med?kode=CODE}), as the current
 * request reached the application: scheme, host and port come from the {@code Forwarded} or
 * {@code X-Forwarded-*} headers when a proxy set them, the way Spring's {@code ForwardedHeaderFilter} reads them.
 */
final class JoinLink {

    static final String PATH = "/bli-med";

    private JoinLink() {}

    static String of(HttpServletRequest request, String code) {
        var server = new ServletServerHttpRequest(request);
        return ForwardedHeaderUtils.adaptFromForwardedHeaders(
                        URI.create(request.getRequestURL().toString()), server.getHeaders())
                .replacePath(request.getContextPath() + PATH)
                .replaceQuery(null)
                .fragment(null)
                .queryParam("kode", code)
                .encode()
                .build()
                .toUriString();
    }
}
