package no.samarbeid.reporting.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A piece of content found by a search, as the search shows it: what and where (sheet, zone, municipality, county,
 * year), never who wrote it, and the matching passages ({@code highlights}, HTML-escaped with {@code <em>} marks).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ContentHit(
        String id,
        String kind,
        @Nullable String sheetKey,
        @Nullable String zoneKey,
        @Nullable String text,
        @Nullable String heading,
        int votes,
        @Nullable String perspective,
        @Nullable String mythKey,
        @Nullable String verdict,
        @Nullable List<String> themes,
        @Nullable String municipalityNumber,
        @Nullable String municipalityName,
        @Nullable String countyNumber,
        @Nullable String countyName,
        @Nullable Integer year,
        @Nullable List<String> highlights) {

    ContentHit withHighlights(List<String> fragments) {
        return new ContentHit(
                id,
                kind,
                sheetKey,
                zoneKey,
                text,
                heading,
                votes,
                perspective,
                mythKey,
                verdict,
                themes,
                municipalityNumber,
                municipalityName,
                countyNumber,
                countyName,
                year,
                fragments);
    }
}
