package no.samarbeid.reporting.search;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import no.samarbeid.reporting.indexing.ContentFields;

/** A facet of the content search: its request parameter, its field, and what a value of it looks like. */
enum Facet {
    COUNTY("county", ContentFields.COUNTY, "\\d{2}"),
    MUNICIPALITY("municipality", ContentFields.MUNICIPALITY, "\\d{4}"),
    SHEET("sheet", ContentFields.SHEET, "[a-z0-9-]{1,60}"),
    ZONE("zone", ContentFields.ZONE, "[A-Za-z0-9_-]{1,60}"),
    PERSPECTIVE("perspective", ContentFields.PERSPECTIVE, "MUNICIPALITY|SOCIAL_ENTREPRENEUR|OTHER"),
    THEME("theme", ContentFields.THEMES, "[a-z-]{1,40}"),
    YEAR("year", ContentFields.YEAR, "20\\d{2}"),
    KIND("kind", ContentFields.KIND, "NOTE|PARTNER|SKETCH|EFFECT|MEASURE|MYTH|NEXT_STEP");

    private final String parameter;
    private final String field;
    private final Pattern value;

    Facet(String parameter, String field, String value) {
        this.parameter = parameter;
        this.field = field;
        this.value = Pattern.compile(value);
    }

    String parameter() {
        return parameter;
    }

    String field() {
        return field;
    }

    boolean accepts(String candidate) {
        return value.matcher(candidate).matches();
    }

    static Optional<Facet> byParameter(String parameter) {
        return Arrays.stream(values())
                .filter(f -> f.parameter.equals(parameter))
                .findFirst();
    }
}
