package no.samarbeid.workshops.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** The measures proposed at the current tenant's tables. */
interface Measures extends ListCrudRepository<Measure, UUID> {

    List<Measure> findByWorkshopIdAndTableIdOrderByCreatedAt(UUID workshopId, UUID tableId);
}
