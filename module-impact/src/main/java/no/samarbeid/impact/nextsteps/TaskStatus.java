package no.samarbeid.impact.nextsteps;

/** Where a next step is: open, done or dropped. */
enum TaskStatus {
    OPEN,
    DONE,
    DROPPED
}
