package no.samarbeid.reporting.consumed;

import java.util.UUID;

/** A workshop event of one table. */
public interface TableFact extends WorkshopFact {

    UUID tableId();
}
