package no.samarbeid.workshops.workshop;

/** The perspective a participant brings to the table. */
public enum Perspective {
    MUNICIPALITY,
    SOCIAL_ENTREPRENEUR,
    OTHER
}
