package no.samarbeid.reporting.research;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.samarbeid.core.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The filters of a table request: values of the table's own dimensions (comma-separated), an optional snapshot id
 * and {@code format=csv}. An unknown dimension or a malformed value is a 400 problem naming it.
 */
record TableQuery(
        Map<Integer, Set<String>> selected, @Nullable UUID snapshot, boolean csv) {

    static TableQuery of(ResearchTable table, Map<String, String> parameters) {
        Map<Integer, Set<String>> selected = new HashMap<>();
        UUID snapshot = null;
        boolean csv = false;
        for (var parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            String value = parameter.getValue().strip();
            if (name.equals("snapshot")) {
                try {
                    snapshot = UUID.fromString(value);
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("research-snapshot-id", value);
                }
            } else if (name.equals("format")) {
                if (!value.equals("csv") && !value.equals("json")) {
                    throw new InvalidInputException("research-format", value);
                }
                csv = value.equals("csv");
            } else {
                int index = table.dimensions().indexOf(name);
                if (index < 0) {
                    throw new InvalidInputException("research-dimension", name, String.join(", ", table.dimensions()));
                }
                List<String> values = List.of(value.split(","));
                if (values.stream().anyMatch(v -> !v.matches("[A-Za-z0-9_-]{1,40}"))) {
                    throw new InvalidInputException("research-dimension-value", name, value);
                }
                selected.put(index, Set.copyOf(values));
            }
        }
        return new TableQuery(Map.copyOf(selected), snapshot, csv);
    }

    boolean selects(PublishedCell cell) {
        return selected.entrySet().stream()
                .allMatch(filter -> filter.getValue().contains(cell.key().get(filter.getKey())));
    }
}
