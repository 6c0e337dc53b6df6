package no.samarbeid.core.reference;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** A fylkesnummer: two digits. */
public record CountyNumber(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{2}");

    public CountyNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidReferenceException("county-number.format", value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
