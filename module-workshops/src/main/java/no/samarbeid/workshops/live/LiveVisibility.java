package no.samarbeid.workshops.live;

/** Who may receive a live event in full. */
enum LiveVisibility {
    /** Everyone at its table (everyone in the workshop when it concerns no table). */
    TABLE,
    /** An unrevealed note: its author and facilitators; the rest of the table at most learns that a note changed. */
    PRIVATE,
    /** Only the facilitators' plenary stream. */
    FACILITATORS
}
