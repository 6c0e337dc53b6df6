package no.samarbeid.core.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a guest from the {@code Authorization: Guest <token>} header or the guest session cookie, unless the
 * request is already authenticated (a user's token or login wins).
 */
class GuestSessionFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Guest ";
    private final GuestSessions sessions;

    GuestSessionFilter(GuestSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !current.isAuthenticated() || "anonymousUser".equals(current.getPrincipal())) {
            token(request).flatMap(sessions::verify).ifPresent(session -> {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new GuestAuthentication(session));
                SecurityContextHolder.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }

    /** Also on the async dispatch that ends a server-sent-events stream, which is authorized again. */
    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    private static Optional<String> token(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith(SCHEME)) {
            return Optional.of(header.substring(SCHEME.length()).trim());
        }
        Cookie[] cookies = request.getCookies();
        return cookies == null
                ? Optional.empty()
                : Arrays.stream(cookies)
                        .filter(cookie -> GuestSessions.COOKIE.equals(cookie.getName()))
                        .map(Cookie::getValue)
                        .findFirst();
    }
}
