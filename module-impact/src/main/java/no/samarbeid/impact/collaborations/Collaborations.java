package no.samarbeid.impact.collaborations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** The current tenant's collaborations. */
interface Collaborations extends ListCrudRepository<Collaboration, UUID> {

    List<Collaboration> findAllByOrderByCreatedAtDesc();

    Optional<Collaboration> findByOriginSketchId(UUID sketchId);

    List<Collaboration> findByOriginWorkshopIdAndOriginTableId(UUID workshopId, UUID tableId);

    List<Collaboration> findByOriginWorkshopId(UUID workshopId);
}
