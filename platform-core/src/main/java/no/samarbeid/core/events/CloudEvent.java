package no.samarbeid.core.events;

import org.jspecify.annotations.Nullable;

/**
 * An event received from Kafka: its CloudEvents id, type and tenant (the {@code ce_*} headers) and its data, the
 * producer's event record.
 */
public record CloudEvent(String id, String type, @Nullable String tenant, DomainEvent data) {}
