package no.samarbeid.workshops.sheets.reflection;

import no.samarbeid.workshops.sheets.TableEntries;

/** The next steps agreed at the current tenant's tables. */
interface NextSteps extends TableEntries<NextStep> {}
