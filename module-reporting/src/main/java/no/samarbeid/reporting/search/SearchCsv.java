package no.samarbeid.reporting.search;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Search hits as CSV (RFC 4180, semicolon-free commas, a header row): every cell quoted, and a cell that a
 * spreadsheet would take as a formula ({@code = + - @}, tab, carriage return) prefixed with an apostrophe.
 */
final class SearchCsv {

    static final String HEADER =
            "kind,sheet,zone,perspective,text,heading,votes,myth,verdict,themes,municipality,municipality_name,county,year";

    private SearchCsv() {}

    static String of(List<ContentHit> hits) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (ContentHit hit : hits) {
            csv.append(Stream.of(
                                    hit.kind(),
                                    hit.sheetKey(),
                                    hit.zoneKey(),
                                    hit.perspective(),
                                    hit.text(),
                                    hit.heading(),
                                    String.valueOf(hit.votes()),
                                    hit.mythKey(),
                                    hit.verdict(),
                                    hit.themes() == null ? "" : String.join(" ", hit.themes()),
                                    hit.municipalityNumber(),
                                    hit.municipalityName(),
                                    hit.countyNumber(),
                                    hit.year() == null ? null : String.valueOf(hit.year()))
                            .map(SearchCsv::cell)
                            .collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return csv.toString();
    }

    static String cell(@Nullable String value) {
        String text = Objects.requireNonNullElse(value, "");
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
