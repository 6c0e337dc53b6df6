package no.samarbeid.impact.collaborations;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of a collaboration's stage history; {@code movedBy} is {@code workshop} for a sketch's start. */
record StageChangeView(@Nullable Stage fromStage, Stage toStage, String reason, String movedBy, Instant movedAt) {}
