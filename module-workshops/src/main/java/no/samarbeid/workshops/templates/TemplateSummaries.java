package no.samarbeid.workshops.templates;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The templates a municipality can use, as the API lists them: the national editions and its own variants. */
public record TemplateSummaries(List<Edition> editions, List<Variant> variants) {

    /** A national edition. */
    public record Edition(
            String reference,
            String key,
            String version,
            LocalizedText title,
            LocalizedText subtitle,
            int sheets,
            int plannedMinutes) {

        public static Edition of(Template template) {
            ResolvedTemplate resolved = template.resolved();
            return new Edition(
                    resolved.reference(),
                    template.key(),
                    template.version(),
                    template.title(),
                    template.subtitle(),
                    resolved.sheets().size(),
                    resolved.plannedMinutes());
        }
    }

    /** The latest version of a municipality's variant. */
    public record Variant(
            UUID id,
            int version,
            String reference,
            String name,
            String base,
            LocalizedText title,
            int sheets,
            int plannedMinutes,
            Instant savedAt) {

        public static Variant of(StoredVariant variant, ResolvedTemplate resolved) {
            return new Variant(
                    variant.id(),
                    variant.version(),
                    resolved.reference(),
                    variant.name(),
                    variant.base().value(),
                    resolved.title(),
                    resolved.sheets().size(),
                    resolved.plannedMinutes(),
                    variant.savedAt());
        }
    }
}
