package no.samarbeid.impact.collaborations;

/** The benefit types of sheet 7: bedre kvalitet, tid spart, kostnader unngått. */
enum Benefit {
    QUALITY,
    TIME,
    COST
}
