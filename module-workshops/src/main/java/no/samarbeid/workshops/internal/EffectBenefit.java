package no.samarbeid.workshops.internal;

/** The types of benefit the municipality needs (sheet 7's tip): better quality, time saved, costs avoided. */
enum EffectBenefit {
    QUALITY,
    TIME,
    COST
}
