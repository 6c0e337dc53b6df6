package no.samarbeid.workshops.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** The effects identified at the current tenant's tables. */
interface Effects extends ListCrudRepository<Effect, UUID> {

    List<Effect> findByWorkshopIdAndTableIdOrderByCreatedAt(UUID workshopId, UUID tableId);
}
