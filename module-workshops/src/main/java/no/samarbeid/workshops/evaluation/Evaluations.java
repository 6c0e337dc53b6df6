package no.samarbeid.workshops.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** The evaluations of the current tenant's workshops, one per participant. */
interface Evaluations extends ListCrudRepository<Evaluation, UUID> {

    Optional<Evaluation> findByParticipantId(UUID participantId);

    List<Evaluation> findByWorkshopId(UUID workshopId);
}
