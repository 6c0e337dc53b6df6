package no.samarbeid.workshops.sheets.effects;

import no.samarbeid.workshops.sheets.TableEntries;

/** The effects identified at the current tenant's tables. */
interface Effects extends TableEntries<Effect> {}
