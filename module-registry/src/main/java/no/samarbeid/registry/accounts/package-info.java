/**
 * Entrepreneurs' accounts: which Keycloak user (role {@code ENTREPRENEUR}) keeps which entry's profile. A national
 * coordinator creates the user through Keycloak's admin API linked to an entry, or a user who registered in the realm
 * asks for the link and a coordinator approves (granting the role) or rejects it. Face: {@link
 * no.samarbeid.registry.accounts.AccountService} and its value types.
 */
@NullMarked
package no.samarbeid.registry.accounts;

import org.jspecify.annotations.NullMarked;
