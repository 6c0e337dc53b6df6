package no.samarbeid.reporting.consumed;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** {@code no.samarbeid.workshops.CollaborationSketched.v1}: a collaboration sketched on sheet 6. */
public record CollaborationSketched(
        UUID eventId,
        UUID tenantId,
        UUID workshopId,
        boolean shared,
        UUID tableId,
        UUID sketchId,
        String partnerName,
        @Nullable String sector,
        @Nullable String projectType,
        boolean procurement,
        @Nullable String deliveryForm,
        @Nullable String howItWorks,
        Instant occurredAt)
        implements TableFact {}
