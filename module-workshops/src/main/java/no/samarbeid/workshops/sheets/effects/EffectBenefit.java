package no.samarbeid.workshops.sheets.effects;

/** The types of benefit the municipality needs (sheet 7's tip): better quality, time saved, costs avoided. */
public enum EffectBenefit {
    QUALITY,
    TIME,
    COST
}
