package no.samarbeid.workshops.sheets.partners;

import no.samarbeid.workshops.sheets.TableEntries;

/** The potential partners named at the current tenant's tables. */
interface Partners extends TableEntries<Partner> {}
