package no.samarbeid.workshops.templates.variants;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.samarbeid.workshops.templates.TemplateSummaries;
import org.jspecify.annotations.Nullable;

/** A variant version as the admin pages list it: the version, the national edition it is based on, when saved. */
record VariantRow(TemplateSummaries.Variant variant, TemplateSummaries.@Nullable Edition base, LocalDateTime savedAt) {

    static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    static List<VariantRow> of(List<TemplateSummaries.Variant> variants, List<TemplateSummaries.Edition> editions) {
        return variants.stream()
                .map(variant -> new VariantRow(
                        variant,
                        editions.stream()
                                .filter(edition -> edition.reference().equals(variant.base()))
                                .findFirst()
                                .orElse(null),
                        LocalDateTime.ofInstant(variant.savedAt(), NORWAY).truncatedTo(ChronoUnit.MINUTES)))
                .toList();
    }
}
