package no.samarbeid.registry.entries;

import java.util.ArrayList;
import java.util.List;
import no.samarbeid.core.reference.CountyNumber;
import no.samarbeid.core.reference.InvalidReferenceException;
import no.samarbeid.core.reference.Municipalities;
import no.samarbeid.core.reference.MunicipalityNumber;
import no.samarbeid.core.web.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * Where an entrepreneur delivers: the whole country, or the listed counties and municipalities (numbers of the
 * current structure).
 */
public record Reach(boolean national, List<String> counties, List<String> municipalities) {

    public Reach {
        counties = List.copyOf(counties);
        municipalities = List.copyOf(municipalities);
    }

    /** Checks outside input; {@code field} is the reach's JSON path. */
    static Reach of(
            String field, boolean national, @Nullable List<String> counties, @Nullable List<String> municipalities) {
        var places = Municipalities.current();
        List<String> countyNumbers = new ArrayList<>();
        List<String> given = counties == null ? List.of() : counties;
        for (int i = 0; i < given.size(); i++) {
            String value = given.get(i) == null ? "" : given.get(i).strip();
            boolean known = value.matches("\\d{2}")
                    && places.counties().stream().anyMatch(c -> c.number().equals(new CountyNumber(value)));
            if (!known) {
                throw new InvalidFieldException(field + ".counties[" + i + "]", "registry.county", value);
            }
            if (!countyNumbers.contains(value)) {
                countyNumbers.add(value);
            }
        }
        List<String> municipalityNumbers = new ArrayList<>();
        List<String> wanted = municipalities == null ? List.of() : municipalities;
        for (int i = 0; i < wanted.size(); i++) {
            String value = wanted.get(i) == null ? "" : wanted.get(i).strip();
            String number =
                    municipality(field + ".municipalities[" + i + "]", value).value();
            if (!municipalityNumbers.contains(number)) {
                municipalityNumbers.add(number);
            }
        }
        if (countyNumbers.size() > 15 || municipalityNumbers.size() > 357) {
            throw new InvalidFieldException(field, "registry.too-many", field, 357);
        }
        return new Reach(national, countyNumbers, municipalityNumbers);
    }

    /** A number of an existing municipality, or a refusal naming the field. */
    static MunicipalityNumber municipality(String field, @Nullable String value) {
        try {
            return Municipalities.current().number(value == null ? "" : value.strip());
        } catch (InvalidReferenceException e) {
            throw new InvalidFieldException(field, "registry.municipality", String.valueOf(value));
        }
    }

    /** Whether it delivers in that municipality: the whole country, its county or itself. */
    public boolean covers(MunicipalityNumber number) {
        return national || counties.contains(number.county().value()) || municipalities.contains(number.value());
    }
}
