package no.samarbeid.reporting.search;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import no.samarbeid.reporting.indexing.ContentField;

/** A facet of the content search: its request parameter, its field, and what a value of it looks like. */
enum Facet {
    COUNTY("county", ContentField.COUNTY.path(), "\\d{2}"),
    MUNICIPALITY("municipality", ContentField.MUNICIPALITY.path(), "\\d{4}"),
    SHEET("sheet", ContentField.SHEET.path(), "[a-z0-9-]{1,60}"),
    ZONE("zone", ContentField.ZONE.path(), "[A-Za-z0-9_-]{1,60}"),
    PERSPECTIVE("perspective", ContentField.PERSPECTIVE.path(), "MUNICIPALITY|SOCIAL_ENTREPRENEUR|OTHER"),
    THEME("theme", ContentField.THEMES.path(), "[a-z-]{1,40}"),
    YEAR("year", ContentField.YEAR.path(), "20\\d{2}"),
    KIND("kind", ContentField.KIND.path(), "NOTE|PARTNER|SKETCH|EFFECT|MEASURE|MYTH|NEXT_STEP");

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
