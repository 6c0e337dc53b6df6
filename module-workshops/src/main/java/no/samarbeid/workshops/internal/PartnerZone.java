package no.samarbeid.workshops.internal;

/** Where a potential partner works, the zones of the partner sheet: the municipality, the region, the whole country. */
enum PartnerZone {
    MUNICIPALITY,
    REGION,
    NATIONAL
}
