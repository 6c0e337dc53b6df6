package no.samarbeid.workshops.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The report's notes as CSV for Norwegian Excel: UTF-8 with a byte order mark, semicolons, a header row and one row
 * per revealed note. Cells that a spreadsheet would read as a formula are prefixed with an apostrophe.
 */
@Component
class ReportCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final List<String> HEADERS =
            List.of("sheet", "table", "zone", "text", "perspective", "cluster", "votes");

    private final MessageSource messages;

    ReportCsv(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(Report report, Locale locale) {
        Stream<String> header = Stream.of(line(HEADERS.stream()
                .map(key -> messages.getMessage("report.csv." + key, null, locale))
                .toList()));
        Stream<String> rows = report.noteRows()
                .map(row -> line(List.of(
                        row.section().number() + ". " + row.section().title(),
                        row.table(),
                        row.zone().title(),
                        row.note().text(),
                        messages.getMessage("report.perspective." + row.note().perspective(), null, locale),
                        row.note().cluster() == null ? "" : row.note().cluster(),
                        Integer.toString(row.note().votes()))));
        byte[] text = Stream.concat(header, rows).collect(Collectors.joining()).getBytes(StandardCharsets.UTF_8);
        byte[] csv = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, csv, 0, BOM.length);
        System.arraycopy(text, 0, csv, BOM.length, text.length);
        return csv;
    }

    private static String line(List<String> cells) {
        return cells.stream().map(ReportCsv::cell).collect(Collectors.joining(";")) + "\r\n";
    }

    /** Quotes a cell when needed and defuses formulas (=, +, -, @, also after leading tabs or carriage returns). */
    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
