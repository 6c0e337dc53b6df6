package no.samarbeid.workshops.facilitation;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The absolute link that joins a workshop by its code ({@code <scheme>://<host>/bli-med?kode=CODE}), as the current
 * request reached the application: behind a trusted proxy, core's {@code TrustedProxies} has already taken scheme,
 * host and port from its forwarded headers (and removed them when anyone else sent them).
 */
final class JoinLink {

    static final String PATH = "/bli-med";

    private JoinLink() {}

    static String of(HttpServletRequest request, String code) {
        return UriComponentsBuilder.fromUriString(request.getRequestURL().toString())
                .replacePath(request.getContextPath() + PATH)
                .replaceQuery(null)
                .fragment(null)
                .queryParam("kode", code)
                .encode()
                .build()
                .toUriString();
    }
}
