package no.samarbeid.impact.collaborations;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the events of a collaboration's indicators carry about it. */
record CollaborationFacts(
        UUID id, UUID tenantId, boolean shared, @Nullable String theme, Stage stage) {}
