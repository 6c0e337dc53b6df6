package no.samarbeid.workshops.sheets.partners;

/** Where a potential partner works, the zones of the partner sheet: the municipality, the region, the whole country. */
public enum PartnerZone {
    MUNICIPALITY,
    REGION,
    NATIONAL
}
