package no.samarbeid.core.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Norway's 357 municipalities in 15 counties (structure of 2024-01-01, names of 2026-01-01), loaded once from the
 * SSB-based CSV files shipped with the application.
 */
public final class Municipalities {

    private static final Municipalities CURRENT = load();

    private final Map<MunicipalityNumber, Municipality> byNumber;
    private final Map<CountyNumber, County> counties;

    private Municipalities(Map<MunicipalityNumber, Municipality> byNumber, Map<CountyNumber, County> counties) {
        this.byNumber = Collections.unmodifiableMap(byNumber);
        this.counties = Collections.unmodifiableMap(counties);
    }

    public static Municipalities current() {
        return CURRENT;
    }

    /** Parses outside input into a number of an existing municipality, or throws {@link InvalidReferenceException}. */
    public MunicipalityNumber number(String value) {
        MunicipalityNumber number = new MunicipalityNumber(value);
        if (!byNumber.containsKey(number)) {
            throw new InvalidReferenceException("municipality-number.unknown", value);
        }
        return number;
    }

    public Optional<Municipality> find(MunicipalityNumber number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    public Municipality get(MunicipalityNumber number) {
        return find(number)
                .orElseThrow(() -> new InvalidReferenceException("municipality-number.unknown", number.value()));
    }

    public Collection<Municipality> all() {
        return byNumber.values();
    }

    public Collection<County> counties() {
        return counties.values();
    }

    private static Municipalities load() {
        Map<CountyNumber, County> counties = new LinkedHashMap<>();
        readCsv("counties.csv", row -> {
            CountyNumber number = new CountyNumber(row[0]);
            counties.put(number, new County(number, row[1]));
        });
        Map<MunicipalityNumber, Municipality> municipalities = new LinkedHashMap<>();
        readCsv("municipalities.csv", row -> {
            MunicipalityNumber number = new MunicipalityNumber(row[0]);
            County county = counties.get(new CountyNumber(row[2]));
            if (county == null || !number.county().equals(county.number())) {
                throw new IllegalStateException("Inconsistent county for municipality " + row[0]);
            }
            municipalities.put(number, new Municipality(number, row[1], county, Integer.parseInt(row[4])));
        });
        return new Municipalities(municipalities, counties);
    }

    private static void readCsv(String file, Consumer<String[]> row) {
        var stream = Municipalities.class.getResourceAsStream("/reference/" + file);
        if (stream == null) {
            throw new IllegalStateException("Missing reference data /reference/" + file);
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split(",", -1))
                    .forEach(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
