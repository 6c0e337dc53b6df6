package no.samarbeid.workshops.sheets.partners;

import java.time.Instant;
import java.util.UUID;

/** A sketch as the API shows it; {@code hasPhoto} tells whether a photo of the drawing can be fetched. */
public record SketchView(
        UUID id,
        UUID partnerId,
        String partnerName,
        String sector,
        SketchProjectType projectType,
        boolean procurement,
        String involved,
        SketchDeliveryForm deliveryForm,
        String howItWorks,
        boolean hasPhoto,
        Instant createdAt) {}
