package no.samarbeid.registry.imports;

import java.util.List;

/**
 * What a CSV import of entries did: how many rows it read and entered (all or none), and each rejected row with its
 * line, the column at fault and why, in the caller's language.
 */
public record CsvImportReport(int rows, int imported, List<RejectedRow> rejected) {

    /** A row that could not be entered: its line in the file, the column at fault (its header) and why. */
    public record RejectedRow(int line, String column, String message) {}

    public boolean accepted() {
        return rejected.isEmpty();
    }
}
