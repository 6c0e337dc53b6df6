package no.samarbeid.workshops.workshop;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samarbeid.core.security.GuestAuthentication;
import no.samarbeid.core.security.Role;
import no.samarbeid.core.web.AccessRefusedException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting: a user of the municipality (by username and roles) or a guest of one workshop. */
public record Actor(
        @Nullable String username,
        Set<String> authorities,
        @Nullable UUID guestParticipant,
        @Nullable UUID guestWorkshop) {

    public static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof GuestAuthentication guest) {
            return new Actor(
                    null,
                    Set.of(GuestAuthentication.ROLE),
                    guest.getPrincipal().participantId(),
                    guest.getPrincipal().workshopId());
        }
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AccessRefusedException("access-denied");
        }
        return new Actor(
                authentication.getName(),
                authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toUnmodifiableSet()),
                null,
                null);
    }

    boolean has(Role role) {
        return authorities.contains(role.authority());
    }

    /** Facilitators and admins of the municipality manage its workshops. */
    public boolean manages() {
        return has(Role.FACILITATOR) || has(Role.MUNICIPAL_ADMIN);
    }

    public boolean guest() {
        return guestParticipant != null;
    }
}
