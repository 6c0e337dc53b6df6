package no.samarbeid.core.security;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.samarbeid.core.reference.InvalidReferenceException;
import no.samarbeid.core.reference.MunicipalityNumber;
import no.samarbeid.core.tenancy.TenantContext;
import no.samarbeid.core.tenancy.TenantDirectory;
import no.samarbeid.core.tenancy.TenantScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds the caller's tenant for the request: the one Keycloak organization in the token (alias = kommunenummer), or
 * the municipality of a guest's session.
 * Tenant endpoints refuse callers with no organization, several, or one not onboarded (403 problem details);
 * national, research and platform endpoints run without a tenant. The tenant goes into MDC and the trace; the context is
 * always cleared afterwards.
 */
class TenantResolutionFilter extends OncePerRequestFilter {

    private final TenantDirectory directory;
    private final ProblemWriter problems;
    private final ObjectProvider<Tracer> tracer;

    TenantResolutionFilter(TenantDirectory directory, ProblemWriter problems, ObjectProvider<Tracer> tracer) {
        this.directory = directory;
        this.problems = problems;
        this.tracer = tracer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Optional<TenantScope> tenant = authentication instanceof GuestAuthentication guest
                ? Optional.of(guest.getPrincipal().tenant())
                : organizations(authentication)
                        .filter(aliases -> aliases.size() == 1)
                        .flatMap(aliases -> scopeOf(aliases.get(0)));
        if (tenant.isEmpty() && needsTenant(request)) {
            problems.write(request, response, org.springframework.http.HttpStatus.FORBIDDEN, "tenant-required");
            return;
        }
        try {
            if (tenant.isPresent()) {
                tagTrace(tenant.get());
                TenantContext.runAs(tenant.get(), () -> proceed(chain, request, response));
            } else {
                chain.doFilter(request, response);
            }
        } catch (WrappedException e) {
            if (e.getCause() instanceof ServletException servlet) {
                throw servlet;
            }
            throw (IOException) e.getCause();
        }
    }

    private void tagTrace(TenantScope tenant) {
        Tracer current = tracer.getIfAvailable();
        Span span = current == null ? null : current.currentSpan();
        if (span != null) {
            span.tag("tenant", tenant.municipalityNumber().value());
        }
    }

    private static void proceed(FilterChain chain, HttpServletRequest request, HttpServletResponse response) {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException e) {
            throw new WrappedException(e);
        }
    }

    private Optional<TenantScope> scopeOf(String alias) {
        try {
            return directory.scopeOf(new MunicipalityNumber(alias));
        } catch (InvalidReferenceException e) {
            return Optional.empty();
        }
    }

    /** Tenant endpoints: the API outside national, research, platform and guest paths. */
    private static boolean needsTenant(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/")
                && !path.startsWith("/api/national/")
                && !path.startsWith("/api/research/")
                && !path.startsWith("/api/platform/")
                && !path.startsWith("/api/guest/");
    }

    static Optional<List<String>> organizations(Authentication authentication) {
        Map<String, Object> claims;
        if (authentication instanceof JwtAuthenticationToken jwt) {
            claims = jwt.getTokenAttributes();
        } else if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
            claims = user.getClaims();
        } else {
            return Optional.empty();
        }
        Object organization = claims.get("organization");
        if (organization instanceof List<?> list) {
            return Optional.of(list.stream().map(String::valueOf).toList());
        }
        return Optional.of(List.of());
    }

    private static final class WrappedException extends RuntimeException {
        WrappedException(Exception cause) {
            super(cause);
        }
    }
}
