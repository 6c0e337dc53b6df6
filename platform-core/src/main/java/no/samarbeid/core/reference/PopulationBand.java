package no.samarbeid.core.reference;

/**
 * Municipality size bands used by national insight and research tables (after KS's usual grouping), so that a
 * small municipality is never identified by its size alone.
 */
public enum PopulationBand {
    UNDER_5_000("under-5000", 0, 5_000),
    FROM_5_000_TO_20_000("5000-19999", 5_000, 20_000),
    FROM_20_000_TO_50_000("20000-49999", 20_000, 50_000),
    FROM_50_000("50000-og-over", 50_000, Integer.MAX_VALUE);

    private final String key;
    private final int from;
    private final int below;

    PopulationBand(String key, int from, int below) {
        this.key = key;
        this.from = from;
        this.below = below;
    }

    public String key() {
        return key;
    }

    /** The message key of the band's display name. */
    public String messageKey() {
        return "population-band." + key;
    }

    /** The band a municipality of this population belongs to. */
    public static PopulationBand of(int population) {
        for (PopulationBand band : values()) {
            if (population >= band.from && population < band.below) {
                return band;
            }
        }
        throw new IllegalArgumentException("Negative population: " + population);
    }

    public static PopulationBand of(Municipality municipality) {
        return of(municipality.population());
    }
}
