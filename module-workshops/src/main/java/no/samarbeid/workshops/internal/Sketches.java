package no.samarbeid.workshops.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** The collaboration sketches of the current tenant's tables. */
interface Sketches extends ListCrudRepository<Sketch, UUID> {

    List<Sketch> findByWorkshopIdAndTableIdOrderByCreatedAt(UUID workshopId, UUID tableId);

    boolean existsByPartnerId(UUID partnerId);
}
