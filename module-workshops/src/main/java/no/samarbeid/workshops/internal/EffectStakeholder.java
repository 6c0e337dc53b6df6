package no.samarbeid.workshops.internal;

/** Whose effect it is (sheet 7): the municipality's, the social entrepreneur's or the citizen's. */
enum EffectStakeholder {
    MUNICIPALITY,
    ENTREPRENEUR,
    CITIZEN
}
