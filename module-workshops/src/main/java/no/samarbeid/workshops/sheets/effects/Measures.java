package no.samarbeid.workshops.sheets.effects;

import no.samarbeid.workshops.sheets.TableEntries;

/** The measures proposed at the current tenant's tables. */
interface Measures extends TableEntries<Measure> {}
