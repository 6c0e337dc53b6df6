package no.samarbeid.reporting.dashboard;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samarbeid.core.reference.Municipalities;
import no.samarbeid.core.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's filters: a period of workshop dates ({@code from}, {@code to}, inclusive) and a county. Unknown
 * parameters, malformed dates, a period that ends before it starts and an unknown county are 400 problems.
 */
record DashboardFilter(
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String county) {

    private static final Set<String> PARAMETERS = Set.of("from", "to", "county", "lang");

    static DashboardFilter of(Map<String, String[]> parameters) {
        for (String name : parameters.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw new InvalidInputException("dashboard-parameter", name);
            }
        }
        LocalDate from = date(parameters, "from");
        LocalDate to = date(parameters, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("dashboard-period");
        }
        String county = value(parameters, "county");
        if (county != null
                && Municipalities.current().counties().stream()
                        .map(c -> c.number().value())
                        .noneMatch(county::equals)) {
            throw new InvalidInputException("dashboard-county", county);
        }
        return new DashboardFilter(from, to, county);
    }

    /** The filter as query parameters for links, e.g. {@code &from=2026-01-01&county=46}. */
    String asParameters() {
        StringBuilder parameters = new StringBuilder();
        if (county != null) {
            parameters.append("&county=").append(county);
        }
        return parameters.toString();
    }

    private static @Nullable LocalDate date(Map<String, String[]> parameters, String name) {
        String value = value(parameters, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("dashboard-date", name, value);
        }
    }

    private static @Nullable String value(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 || values[0].isBlank() ? null : values[0].strip();
    }

    /**
     * The filter as an Elasticsearch query over a read model: its county on {@code countyField}, its period on
     * {@code dateField}, with any {@code more} conditions of the caller.
     */
    Query query(String countyField, String dateField, Query... more) {
        return Query.of(q -> q.bool(bool -> {
            bool.filter(List.of(more));
            if (county != null) {
                bool.filter(f -> f.term(t -> t.field(countyField).value(county)));
            }
            if (from != null || to != null) {
                bool.filter(f -> f.range(r -> r.date(d -> {
                    d.field(dateField);
                    if (from != null) {
                        d.gte(from.toString());
                    }
                    if (to != null) {
                        d.lte(to.toString());
                    }
                    return d;
                })));
            }
            return bool;
        }));
    }
}
