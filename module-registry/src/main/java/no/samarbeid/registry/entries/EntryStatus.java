package no.samarbeid.registry.entries;

/** Where an entry stands: proposed, verified by a national coordinator, rejected, or merged into another. */
public enum EntryStatus {
    PENDING,
    VERIFIED,
    REJECTED,
    MERGED
}
