package no.samarbeid.workshops.workshop;

/** What the facilitator does with a table's countdown. */
public enum TimerAction {
    PAUSE,
    RESUME,
    EXTEND
}
