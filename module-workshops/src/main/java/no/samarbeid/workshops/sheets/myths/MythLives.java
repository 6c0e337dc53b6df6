package no.samarbeid.workshops.sheets.myths;

/** Whether a myth about public procurement lives in the organisation: yes, partly or no. */
public enum MythLives {
    YES,
    PARTLY,
    NO
}
