package no.samarbeid.core.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An event that leaves its module: a past-tense record with its own id (the CloudEvents id, also what consumers use
 * to stay idempotent), the tenant it belongs to and when it happened. Its CloudEvents type is derived from the
 * record: {@code no.samarbeid.<module>.<Name>.v<version>}.
 */
public interface DomainEvent {

    UUID eventId();

    UUID tenantId();

    Instant occurredAt();
}
