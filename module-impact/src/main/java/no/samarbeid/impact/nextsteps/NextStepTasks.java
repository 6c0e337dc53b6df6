package no.samarbeid.impact.nextsteps;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

/** The current tenant's next steps. */
interface NextStepTasks extends ListCrudRepository<NextStepTask, UUID> {

    List<NextStepTask> findAllByOrderByDueDateAsc();

    Optional<NextStepTask> findBySourceNextStepId(UUID nextStepId);

    List<NextStepTask> findByWorkshopId(UUID workshopId);
}
