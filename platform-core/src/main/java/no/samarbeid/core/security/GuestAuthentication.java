package no.samarbeid.core.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated guest: the principal is the guest's session, the only authority {@code ROLE_GUEST}. */
public final class GuestAuthentication extends AbstractAuthenticationToken {

    public static final String ROLE = "ROLE_GUEST";
    private final GuestSession session;

    GuestAuthentication(GuestSession session) {
        super(List.of(new SimpleGrantedAuthority(ROLE)));
        this.session = session;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public GuestSession getPrincipal() {
        return session;
    }
}
