package no.samarbeid.impact.collaborations;

import java.time.Instant;
import java.util.UUID;

/** What a table's sketch on sheet 6 says, as the workshops last described it ({@code occurredAt}). */
public record SketchFacts(
        UUID sketchId,
        UUID workshopId,
        UUID tableId,
        String partnerName,
        String sector,
        String projectType,
        boolean procurement,
        String involved,
        String deliveryForm,
        String howItWorks,
        boolean shared,
        Instant occurredAt) {}
