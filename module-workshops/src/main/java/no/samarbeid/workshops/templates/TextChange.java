package no.samarbeid.workshops.templates;

import org.jspecify.annotations.Nullable;

/** A variant's new wording of one text, per language; a language left out keeps the base's wording. */
public record TextChange(
        @Nullable String nb, @Nullable String nn, @Nullable String en) {

    LocalizedText over(LocalizedText base) {
        return new LocalizedText(nb == null ? base.nb() : nb, nn == null ? base.nn() : nn, en == null ? base.en() : en);
    }
}
