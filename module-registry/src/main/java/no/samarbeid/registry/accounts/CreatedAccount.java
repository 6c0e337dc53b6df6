package no.samarbeid.registry.accounts;

/**
 * A user a coordinator created for an entry, with the one-time password to hand over: Keycloak makes the user
 * choose their own at the first login.
 */
public record CreatedAccount(String username, String organisationNumber, String temporaryPassword) {}
