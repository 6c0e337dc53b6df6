package no.samarbeid.registry.accounts;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A user's link to an entry: asked for (pending) or approved. {@code entryName} is the entry's name when read.
 *
 * @param status {@code PENDING} or {@code APPROVED}; {@code REJECTED} only in the answer to a rejection
 */
public record AccountLink(
        UUID id,
        String username,
        @Nullable String email,
        String organisationNumber,
        String entryName,
        String status,
        Instant requestedAt,
        @Nullable String decidedBy) {

    public boolean approved() {
        return status.equals("APPROVED");
    }

    AccountLink rejected() {
        return new AccountLink(id, username, email, organisationNumber, entryName, "REJECTED", requestedAt, decidedBy);
    }
}
