package no.samarbeid.workshops.internal;

/** The perspective a participant brings to the table. */
enum Perspective {
    MUNICIPALITY,
    SOCIAL_ENTREPRENEUR,
    OTHER
}
