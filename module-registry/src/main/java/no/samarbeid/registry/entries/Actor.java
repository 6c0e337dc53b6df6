package no.samarbeid.registry.entries;

import java.util.Optional;
import java.util.UUID;
import no.samarbeid.core.security.Role;
import no.samarbeid.core.tenancy.TenantContext;
import no.samarbeid.core.tenancy.TenantScope;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who acts or looks, from the security context: a user's name and roles and the tenant of the request (none for
 * national coordinators and anonymous visitors).
 */
public record Actor(
        String name,
        boolean coordinator,
        boolean municipalStaff,
        boolean entrepreneur,
        @Nullable TenantScope scope) {

    /** The current caller; anonymous when nobody is logged in. */
    public static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        TenantScope scope = TenantContext.current().orElse(null);
        if (authentication == null
                || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getPrincipal())) {
            return new Actor("", false, false, false, scope);
        }
        return new Actor(
                authentication.getName(),
                has(authentication, Role.NATIONAL_COORDINATOR),
                has(authentication, Role.MUNICIPAL_ADMIN) || has(authentication, Role.FACILITATOR),
                has(authentication, Role.ENTREPRENEUR),
                scope);
    }

    /** The system itself, e.g. an import or demo data. */
    public static Actor system(String name) {
        return new Actor(name, true, false, false, null);
    }

    public @Nullable UUID tenant() {
        return Optional.ofNullable(scope).map(s -> s.id().value()).orElse(null);
    }

    private static boolean has(Authentication authentication, Role role) {
        return authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(role.authority()));
    }
}
