package no.samarbeid.workshops.sheets.myths;

import java.util.Optional;
import java.util.UUID;
import no.samarbeid.workshops.sheets.TableEntries;

/** The myth assessments of the current tenant's tables. */
interface MythAssessments extends TableEntries<MythAssessment> {

    Optional<MythAssessment> findByTableIdAndMythKey(UUID tableId, String mythKey);
}
