package no.samarbeid.core.security;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import no.samarbeid.core.reference.MunicipalityNumber;
import no.samarbeid.core.tenancy.TenantContext;
import no.samarbeid.core.tenancy.TenantDirectory;
import no.samarbeid.core.tenancy.TenantScope;
import no.samarbeid.core.web.AccessRefusedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Runs a page (report, admin) as the logged-in user of a browser session: when the page's security chain has not already set
 * the tenant and roles, they are taken from the ID token (exactly one organization, the {@code roles} claim) for the
 * duration of the call only.
 */
@Component
public class PageSession {

    private final TenantDirectory tenants;

    public PageSession(TenantDirectory tenants) {
        this.tenants = tenants;
    }

    public <T> T call(Supplier<T> work) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof OAuth2AuthenticationToken token)
                || !(token.getPrincipal() instanceof OidcUser user)) {
            return work.get();
        }
        TenantScope tenant = TenantContext.current()
                .or(() -> tenantOf(user))
                .orElseThrow(() -> new AccessRefusedException("tenant-required"));
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext withRoles = SecurityContextHolder.createEmptyContext();
        withRoles.setAuthentication(new OAuth2AuthenticationToken(
                user, authorities(token, user), token.getAuthorizedClientRegistrationId()));
        SecurityContextHolder.setContext(withRoles);
        try {
            return TenantContext.callAs(tenant, work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private Optional<TenantScope> tenantOf(OidcUser user) {
        List<String> organizations = user.getClaimAsStringList("organization");
        if (organizations == null || organizations.size() != 1) {
            return Optional.empty();
        }
        try {
            return tenants.scopeOf(new MunicipalityNumber(organizations.get(0)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Set<GrantedAuthority> authorities(OAuth2AuthenticationToken token, OidcUser user) {
        Set<GrantedAuthority> authorities = new HashSet<>(token.getAuthorities());
        List<String> roles = user.getClaimAsStringList("roles");
        if (roles != null) {
            roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        }
        return authorities;
    }
}
