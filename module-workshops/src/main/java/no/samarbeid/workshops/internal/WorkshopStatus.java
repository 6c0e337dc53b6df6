package no.samarbeid.workshops.internal;

/** Where a workshop is in its life; it only ever moves forward. */
enum WorkshopStatus {
    DRAFT,
    SCHEDULED,
    RUNNING,
    COMPLETED,
    ARCHIVED
}
