package no.samarbeid.impact.access;

import java.util.Set;
import java.util.stream.Collectors;
import no.samarbeid.core.security.Role;
import no.samarbeid.core.tenancy.TenantContext;
import no.samarbeid.core.tenancy.TenantScope;
import no.samarbeid.core.web.AccessRefusedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may follow up the municipality's collaborations: its admins and facilitators write, its participants read;
 * guests of a workshop and users without a municipality are refused (403).
 */
public final class ImpactAccess {

    private ImpactAccess() {}

    /** The tenant of a caller who may read, and who they are. */
    public static Caller reader() {
        TenantScope tenant = TenantContext.require();
        Caller caller = caller(tenant);
        if (!caller.writes() && !caller.has(Role.PARTICIPANT)) {
            throw new AccessRefusedException("impact.members-only");
        }
        return caller;
    }

    /** The tenant of a caller who may write (municipal admins and facilitators). */
    public static Caller writer() {
        Caller caller = reader();
        if (!caller.writes()) {
            throw new AccessRefusedException("impact.writers-only");
        }
        return caller;
    }

    private static Caller caller(TenantScope tenant) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AccessRefusedException("access-denied");
        }
        Set<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
        return new Caller(tenant, authentication.getName(), authorities);
    }

    /** A user of the municipality: the tenant, their username and authorities. */
    public record Caller(TenantScope tenant, String username, Set<String> authorities) {

        boolean has(Role role) {
            return authorities.contains(role.authority());
        }

        public boolean writes() {
            return has(Role.MUNICIPAL_ADMIN) || has(Role.FACILITATOR);
        }
    }
}
