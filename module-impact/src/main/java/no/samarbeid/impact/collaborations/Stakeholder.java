package no.samarbeid.impact.collaborations;

/** Who an effect is for (sheet 7): kommunen, entreprenøren, innbyggeren. */
enum Stakeholder {
    MUNICIPALITY,
    ENTREPRENEUR,
    CITIZEN
}
