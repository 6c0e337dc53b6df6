package no.samarbeid.core.reference;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * A kommunenummer: four digits, the first two its county. Only numbers of the current municipality structure are
 * valid; use {@link Municipalities#number(String)} to obtain one from outside input.
 */
public record MunicipalityNumber(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}");

    public MunicipalityNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidReferenceException("municipality-number.format", value);
        }
    }

    public CountyNumber county() {
        return new CountyNumber(value.substring(0, 2));
    }

    @Override
    public String toString() {
        return value;
    }
}
