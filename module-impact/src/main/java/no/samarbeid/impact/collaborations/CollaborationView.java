package no.samarbeid.impact.collaborations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.samarbeid.core.reference.Theme;
import org.jspecify.annotations.Nullable;

/** A collaboration with its origin, stage history, effects, indicators (with measurements) and SROI estimate. */
record CollaborationView(
        UUID id,
        String title,
        @Nullable Theme theme,
        @Nullable String entrepreneurOrgnr,
        String entrepreneurName,
        String sector,
        @Nullable ProjectType projectType,
        @Nullable Boolean procurement,
        String involved,
        @Nullable DeliveryForm deliveryForm,
        String responsible,
        String description,
        Stage stage,
        @Nullable Origin origin,
        List<StageChangeView> history,
        List<EffectView> effects,
        List<IndicatorView> indicators,
        @Nullable SroiView sroi,
        Instant createdAt) {}
