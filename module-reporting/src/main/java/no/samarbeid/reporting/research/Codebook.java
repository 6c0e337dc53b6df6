package no.samarbeid.reporting.research;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fixed, versioned catalogue of research tables and their dimensions. A new table or dimension is a new version;
 * snapshots record the version they were taken with. No free text, no workshop, table, person or date finer than a
 * quarter is a dimension.
 */
final class Codebook {

    public static final String VERSION = "2026.1";

    /** Each dimension: its field in the content read model and what it means. */
    static final Map<String, Dimension> DIMENSIONS = dimensions();

    static final List<ResearchTable> TABLES = List.of(
            new ResearchTable(
                    "notes-by-county-sheet", List.of("county", "sheet"), "notes", "workshop tables", "notes", "NOTE"),
            new ResearchTable(
                    "notes-by-band-quarter",
                    List.of("population-band", "quarter"),
                    "notes",
                    "workshop tables",
                    "notes",
                    "NOTE"),
            new ResearchTable(
                    "myth-verdicts-by-county",
                    List.of("county", "myth", "verdict"),
                    "tables that gave the verdict",
                    "workshop tables",
                    "myth-verdicts",
                    "MYTH"));

    /** A dimension of the codebook. */
    public record Dimension(String name, String field, String description) {}

    private Codebook() {}

    public static Optional<ResearchTable> table(String key) {
        return TABLES.stream().filter(table -> table.key().equals(key)).findFirst();
    }

    private static Map<String, Dimension> dimensions() {
        Map<String, Dimension> dimensions = new LinkedHashMap<>();
        for (Dimension dimension : List.of(
                new Dimension("county", "countyNumber", "County (fylke) number of the municipality, 2024 structure"),
                new Dimension(
                        "population-band", "populationBand", "Municipality size band (under-5000 ... 50000-og-over)"),
                new Dimension("quarter", "quarter", "Quarter of the workshop's date, e.g. 2026-Q1"),
                new Dimension("sheet", "sheetKey", "Worksheet of the template, e.g. meeting-points"),
                new Dimension("myth", "mythKey", "Procurement myth myth-1 ... myth-6, or other"),
                new Dimension("verdict", "verdict", "Whether the myth lives here: YES, PARTLY or NO"))) {
            dimensions.put(dimension.name(), dimension);
        }
        return dimensions;
    }
}
