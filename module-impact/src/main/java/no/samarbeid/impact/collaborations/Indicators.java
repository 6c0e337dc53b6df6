package no.samarbeid.impact.collaborations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** The current tenant's indicators with their measurements. */
interface Indicators extends ListCrudRepository<Indicator, UUID> {

    List<Indicator> findByCollaborationIdOrderByCreatedAt(UUID collaborationId);

    Optional<Indicator> findBySourceMeasureId(UUID measureId);
}
