package no.samarbeid.workshops.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** The myth assessments of the current tenant's tables. */
interface MythAssessments extends ListCrudRepository<MythAssessment, UUID> {

    List<MythAssessment> findByWorkshopIdAndTableIdOrderByCreatedAt(UUID workshopId, UUID tableId);

    Optional<MythAssessment> findByTableIdAndMythKey(UUID tableId, String mythKey);
}
