package no.samarbeid.impact.collaborations;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An effect as the API and pages show it; {@code fromWorkshop} when a table named it on sheet 7. */
record EffectView(
        UUID id,
        Stakeholder stakeholder,
        String text,
        List<Benefit> benefits,
        @Nullable LocalDate realisedAt,
        String evidence,
        boolean fromWorkshop) {}
