package no.samarbeid.workshops.sheets.reflection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samarbeid.workshops.sheets.SheetAccess;
import no.samarbeid.workshops.sheets.SheetScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The next steps of a table (sheet 10), each with an owner and a due date. */
@Service
public class NextStepService {

    private final SheetAccess access;
    private final NextSteps steps;
    private final Clock clock;

    NextStepService(SheetAccess access, NextSteps steps, Clock clock) {
        this.access = access;
        this.steps = steps;
        this.clock = clock;
    }

    @Transactional
    public NextStepView agree(UUID workshopId, UUID tableId, NextStepDetails details) {
        SheetScope scope = access.writable(workshopId, tableId);
        return steps.store(NextStep.agree(scope, details, today(), clock.instant()))
                .view();
    }

    @Transactional
    public NextStepView revise(UUID workshopId, UUID tableId, UUID stepId, NextStepDetails details) {
        SheetScope scope = access.writable(workshopId, tableId);
        NextStep step = steps.at(scope, stepId, "sheets.next-step-not-found");
        step.revise(scope, details, today(), clock.instant());
        return steps.store(step).view();
    }

    @Transactional(readOnly = true)
    public List<NextStepView> all(UUID workshopId, UUID tableId) {
        SheetScope scope = access.readable(workshopId, tableId);
        return steps.allAt(scope).stream().map(NextStep::view).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SheetAccess.NORWAY));
    }
}
