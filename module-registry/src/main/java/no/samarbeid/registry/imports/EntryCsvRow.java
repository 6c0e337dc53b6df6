package no.samarbeid.registry.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samarbeid.core.web.InvalidFieldException;
import no.samarbeid.registry.entries.ProfileInput;
import no.samarbeid.registry.entries.Registration;
import org.jspecify.annotations.Nullable;

/**
 * A row of an entries CSV as a {@link Registration}: the columns are named by the header (case does not matter, any
 * order); lists ({@code services}, {@code themes}, {@code targetGroups}, {@code reachCounties},
 * {@code reachMunicipalities}, {@code evidence}) are separated by {@code |}; yes/no columns take ja/nei, true/false
 * or 1/0.
 */
final class EntryCsvRow {

    static final List<String> COLUMNS = List.of(
            "organisationNumber",
            "name",
            "organisationForm",
            "nonprofit",
            "industryCode",
            "municipalityNumber",
            "description",
            "services",
            "themes",
            "targetGroups",
            "reachNational",
            "reachCounties",
            "reachMunicipalities",
            "website",
            "contactEmail",
            "contactPhone",
            "evidence");
    static final List<String> REQUIRED =
            List.of("organisationNumber", "name", "organisationForm", "municipalityNumber");

    private EntryCsvRow() {}

    /** Which column is where, from the header row. */
    record Columns(Map<String, Integer> positions) {

        static Columns of(List<String> header) {
            Map<String, Integer> positions = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip();
                String known = COLUMNS.stream()
                        .filter(column -> column.equalsIgnoreCase(name))
                        .findFirst()
                        .orElseThrow(() -> new InvalidFieldException("file", "registry.csv-column", name));
                if (positions.put(known, i) != null) {
                    throw new InvalidFieldException("file", "registry.csv-column-twice", known);
                }
            }
            for (String required : REQUIRED) {
                if (!positions.containsKey(required)) {
                    throw new InvalidFieldException("file", "registry.csv-missing-column", required);
                }
            }
            return new Columns(Map.copyOf(positions));
        }
    }

    static Registration registration(Columns columns, CsvTable.Row row) {
        if (row.cells().size() > columns.positions().size()) {
            throw new InvalidFieldException(
                    "",
                    "registry.csv-cells",
                    columns.positions().size(),
                    row.cells().size());
        }
        Cells cells = new Cells(columns, row.cells());
        return new Registration(
                cells.text("organisationNumber"),
                cells.text("name"),
                cells.text("organisationForm"),
                cells.yesNo("nonprofit"),
                cells.text("industryCode"),
                cells.text("municipalityNumber"),
                new ProfileInput(
                        cells.text("description"),
                        cells.list("services"),
                        cells.list("themes"),
                        cells.list("targetGroups"),
                        cells.yesNo("reachNational"),
                        cells.list("reachCounties"),
                        cells.list("reachMunicipalities"),
                        cells.text("website"),
                        cells.text("contactEmail"),
                        cells.text("contactPhone"),
                        cells.list("evidence")));
    }

    /** The column of a refused field's JSON path, e.g. {@code profile.reach.counties[1]} is {@code reachCounties}. */
    static String columnOf(String field) {
        String path = field.startsWith("profile.") ? field.substring("profile.".length()) : field;
        if (path.startsWith("reach.counties")) return "reachCounties";
        if (path.startsWith("reach")) return "reachMunicipalities";
        return path.split("[.\\[]", 2)[0];
    }

    private record Cells(Columns columns, List<String> values) {

        @Nullable
        String text(String column) {
            Integer position = columns.positions().get(column);
            if (position == null
                    || position >= values.size()
                    || values.get(position).isBlank()) {
                return null;
            }
            return values.get(position).strip();
        }

        List<String> list(String column) {
            String value = text(column);
            if (value == null) {
                return List.of();
            }
            List<String> items = new ArrayList<>();
            Arrays.stream(value.split("\\|"))
                    .map(String::strip)
                    .filter(item -> !item.isEmpty())
                    .forEach(items::add);
            return items;
        }

        Boolean yesNo(String column) {
            String value = text(column);
            if (value == null) {
                return false;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "ja", "j", "true", "1", "yes" -> true;
                case "nei", "n", "false", "0", "no" -> false;
                default -> throw new InvalidFieldException(column, "registry.csv-yes-no", column, value);
            };
        }
    }
}
