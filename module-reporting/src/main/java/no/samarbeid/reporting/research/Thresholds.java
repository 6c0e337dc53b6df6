package no.samarbeid.reporting.research;

/**
 * The disclosure rule in force: a cell is published only with at least {@code minContributors} contributors from at
 * least {@code minMunicipalities} municipalities. Configurable, but never below the floor of 5 and 3.
 */
record Thresholds(int minContributors, int minMunicipalities) {

    public static final int FLOOR_CONTRIBUTORS = 5;
    public static final int FLOOR_MUNICIPALITIES = 3;

    public Thresholds {
        if (minContributors < FLOOR_CONTRIBUTORS || minMunicipalities < FLOOR_MUNICIPALITIES) {
            throw new IllegalArgumentException("Disclosure thresholds below the floor of " + FLOOR_CONTRIBUTORS
                    + " contributors from " + FLOOR_MUNICIPALITIES + " municipalities: " + minContributors + "/"
                    + minMunicipalities);
        }
    }

    static Thresholds floor() {
        return new Thresholds(FLOOR_CONTRIBUTORS, FLOOR_MUNICIPALITIES);
    }
}
