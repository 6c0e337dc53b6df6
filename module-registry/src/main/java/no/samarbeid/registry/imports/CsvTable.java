package no.samarbeid.registry.imports;

import java.util.ArrayList;
import java.util.List;
import no.samarbeid.core.web.InvalidFieldException;

/**
 * A CSV text as rows of cells (RFC 4180: quoted cells may hold the separator, line breaks and doubled quotes). The
 * separator is the header's: a semicolon (as Norwegian spreadsheets save) or a comma. Each row keeps its line number.
 */
final class CsvTable {

    /** A row and the line of the file it starts on. */
    record Row(int line, List<String> cells) {}

    private CsvTable() {}

    static List<Row> parse(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int firstLineEnd = content.indexOf('\n');
        String header = firstLineEnd < 0 ? content : content.substring(0, firstLineEnd);
        char separator = header.indexOf(';') >= 0 ? ';' : ',';
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') line++;
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                addUnlessBlank(rows, rowLine, cells);
                cells = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new InvalidFieldException("file", "registry.csv-quote", rowLine);
        }
        cells.add(cell.toString());
        addUnlessBlank(rows, rowLine, cells);
        return rows;
    }

    private static void addUnlessBlank(List<Row> rows, int line, List<String> cells) {
        if (cells.stream().anyMatch(value -> !value.isBlank())) {
            rows.add(new Row(line, List.copyOf(cells)));
        }
    }
}
