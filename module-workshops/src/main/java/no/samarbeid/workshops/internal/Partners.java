package no.samarbeid.workshops.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** The potential partners named at the current tenant's tables. */
interface Partners extends ListCrudRepository<Partner, UUID> {

    List<Partner> findByWorkshopIdAndTableIdOrderByCreatedAt(UUID workshopId, UUID tableId);
}
