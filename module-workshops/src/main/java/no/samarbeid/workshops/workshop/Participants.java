package no.samarbeid.workshops.workshop;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** The participants of the current tenant's workshops. */
interface Participants extends ListCrudRepository<Participant, UUID> {

    List<Participant> findByWorkshopIdOrderByJoinedAt(UUID workshopId);

    Optional<Participant> findByWorkshopIdAndUsername(UUID workshopId, String username);
}
