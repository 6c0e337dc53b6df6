package no.samarbeid.core.security;

/** The platform's roles, as realm roles in Keycloak and {@code ROLE_*} authorities in Spring Security. */
public enum Role {
    PLATFORM_ADMIN,
    MUNICIPAL_ADMIN,
    FACILITATOR,
    PARTICIPANT,
    NATIONAL_COORDINATOR,
    RESEARCHER,
    ENTREPRENEUR;

    public String authority() {
        return "ROLE_" + name();
    }
}
