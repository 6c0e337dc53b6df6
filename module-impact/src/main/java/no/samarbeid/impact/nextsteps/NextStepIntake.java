package no.samarbeid.impact.nextsteps;

import java.time.Clock;
import java.util.UUID;
import no.samarbeid.core.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Takes the next steps tables agreed on sheet 10 as open tasks of the current tenant (latest wording wins). */
@Service
public class NextStepIntake {

    private final NextStepTasks tasks;
    private final Clock clock;

    NextStepIntake(NextStepTasks tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Transactional
    public void agreed(NextStepFacts step) {
        UUID tenant = TenantContext.require().id().value();
        var known = tasks.findBySourceNextStepId(step.nextStepId());
        if (known.isEmpty()) {
            tasks.save(NextStepTask.agreed(tenant, step, clock.instant()));
        } else if (known.get().revised(step, clock.instant())) {
            tasks.save(known.get());
        }
    }

    /** The workshop's sharing changed (a newer word than any before, see the collaborations' intake). */
    @Transactional
    public void workshopShared(UUID workshopId, boolean shared) {
        for (NextStepTask task : tasks.findByWorkshopId(workshopId)) {
            task.sharingChanged(shared);
            tasks.save(task);
        }
    }
}
