package no.samarbeid.reporting.research;

import java.util.List;

/** A research table as CSV: one column per dimension and the measure, where a suppressed value is ":" (as SSB). */
final class ResearchCsv {

    private ResearchCsv() {}

    static String of(ResearchTable table, List<PublishedCell> cells) {
        StringBuilder csv = new StringBuilder(String.join(",", table.dimensions())).append(",value\r\n");
        for (PublishedCell cell : cells) {
            csv.append(String.join(",", cell.key()))
                    .append(',')
                    .append(cell.suppressed() ? ":" : String.valueOf(cell.value()))
                    .append("\r\n");
        }
        return csv.toString();
    }
}
