package no.samarbeid.workshops.internal;

/** What the facilitator does with a table's countdown. */
enum TimerAction {
    PAUSE,
    RESUME,
    EXTEND
}
