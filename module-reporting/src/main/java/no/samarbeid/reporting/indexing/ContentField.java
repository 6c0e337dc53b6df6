package no.samarbeid.reporting.indexing;

/** The fields of {@code samarbeid-content} that searches, facets and aggregates use. */
public enum ContentField {
    ID("id"),
    KIND("kind"),
    TENANT("tenantId"),
    WORKSHOP("workshopId"),
    TABLE("tableId"),
    SHEET("sheetKey"),
    ZONE("zoneKey"),
    TEXT("text"),
    TEXT_NYNORSK("text.nn"),
    HEADING("heading"),
    VOTES("votes"),
    PERSPECTIVE("perspective"),
    MYTH("mythKey"),
    VERDICT("verdict"),
    STAKEHOLDER("stakeholder"),
    THEMES("themes"),
    DONE("done"),
    MUNICIPALITY("municipalityNumber"),
    MUNICIPALITY_NAME("municipalityName"),
    COUNTY("countyNumber"),
    COUNTY_NAME("countyName"),
    POPULATION_BAND("populationBand"),
    WORKSHOP_DATE("workshopDate"),
    YEAR("year"),
    QUARTER("quarter"),
    NATIONAL("national"),
    VISIBLE("visible"),
    WORKSHOP_SHARED("workshopShared"),
    TENANT_SHARES("tenantShares");

    private final String path;

    ContentField(String path) {
        this.path = path;
    }

    /** The field's path in the index mapping, e.g. {@code countyNumber} or {@code text.nn}. */
    public String path() {
        return path;
    }
}
