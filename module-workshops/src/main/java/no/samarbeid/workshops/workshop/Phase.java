package no.samarbeid.workshops.workshop;

/** The phases of working through a sheet at a table, in order; a table only moves forward within a sheet. */
public enum Phase {
    READING,
    SILENT_WRITING,
    REVEAL,
    DISCUSSION,
    DONE;

    /** Whether notes written at the table are visible to everyone at it. */
    public boolean revealed() {
        return compareTo(REVEAL) >= 0;
    }
}
