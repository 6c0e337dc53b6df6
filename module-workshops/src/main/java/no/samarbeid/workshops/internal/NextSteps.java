package no.samarbeid.workshops.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** The next steps agreed at the current tenant's tables. */
interface NextSteps extends ListCrudRepository<NextStep, UUID> {

    List<NextStep> findByWorkshopIdAndTableIdOrderByCreatedAt(UUID workshopId, UUID tableId);
}
