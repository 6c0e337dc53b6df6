package no.samarbeid.workshops.internal;

/** Whether a myth about public procurement lives in the organisation: yes, partly or no. */
enum MythLives {
    YES,
    PARTLY,
    NO
}
