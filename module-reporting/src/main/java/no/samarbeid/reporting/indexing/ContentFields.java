package no.samarbeid.reporting.indexing;

/** The field names of {@code samarbeid-content} that searches, facets and aggregates use. */
public final class ContentFields {

    public static final String ID = "id";
    public static final String KIND = "kind";
    public static final String TENANT = "tenantId";
    public static final String WORKSHOP = "workshopId";
    public static final String TABLE = "tableId";
    public static final String SHEET = "sheetKey";
    public static final String ZONE = "zoneKey";
    public static final String TEXT = "text";
    public static final String TEXT_NYNORSK = "text.nn";
    public static final String HEADING = "heading";
    public static final String VOTES = "votes";
    public static final String PERSPECTIVE = "perspective";
    public static final String MYTH = "mythKey";
    public static final String VERDICT = "verdict";
    public static final String STAKEHOLDER = "stakeholder";
    public static final String THEMES = "themes";
    public static final String DONE = "done";
    public static final String MUNICIPALITY = "municipalityNumber";
    public static final String MUNICIPALITY_NAME = "municipalityName";
    public static final String COUNTY = "countyNumber";
    public static final String COUNTY_NAME = "countyName";
    public static final String POPULATION_BAND = "populationBand";
    public static final String WORKSHOP_DATE = "workshopDate";
    public static final String YEAR = "year";
    public static final String QUARTER = "quarter";
    /** True for what may ever be seen nationally: visible content of a kind that may leave the municipality. */
    public static final String NATIONAL = "national";

    public static final String VISIBLE = "visible";
    public static final String WORKSHOP_SHARED = "workshopShared";
    public static final String TENANT_SHARES = "tenantShares";

    private ContentFields() {}
}
