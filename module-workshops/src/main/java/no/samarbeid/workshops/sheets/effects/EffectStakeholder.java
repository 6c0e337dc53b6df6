package no.samarbeid.workshops.sheets.effects;

/** Whose effect it is (sheet 7): the municipality's, the social entrepreneur's or the citizen's. */
public enum EffectStakeholder {
    MUNICIPALITY,
    ENTREPRENEUR,
    CITIZEN
}
