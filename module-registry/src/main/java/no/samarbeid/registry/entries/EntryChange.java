package no.samarbeid.registry.entries;

import java.time.Instant;
import java.util.List;

/** One version of an entry's history: who changed it, when, how ({@code kind}) and which fields. */
public record EntryChange(
        String organisationNumber,
        int version,
        Instant changedAt,
        String changedBy,
        String kind,
        List<String> fields) {}
