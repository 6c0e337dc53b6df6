package no.samarbeid.workshops.workshop;

/** Where a workshop is in its life; it only ever moves forward. */
public enum WorkshopStatus {
    DRAFT,
    SCHEDULED,
    RUNNING,
    COMPLETED,
    ARCHIVED
}
