/**
 * The register's entries: organisation number (MOD11), Enhetsregisteret's data, the programme's profile, states
 * (pending, verified, rejected, merged) and the history of every change. Face: {@link
 * no.samarbeid.registry.entries.EntryService} and its value types.
 */
@NullMarked
package no.samarbeid.registry.entries;

import org.jspecify.annotations.NullMarked;
