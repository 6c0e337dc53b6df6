package no.samarbeid.workshops.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samarbeid.core.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The next steps of a table (sheet 10), each with an owner and a due date. */
@Service
class NextStepService {

    private final SheetAccess access;
    private final NextSteps steps;
    private final Clock clock;

    NextStepService(SheetAccess access, NextSteps steps, Clock clock) {
        this.access = access;
        this.steps = steps;
        this.clock = clock;
    }

    @Transactional
    NextStepView agree(UUID workshopId, UUID tableId, NextStepDetails details) {
        SheetScope scope = access.writable(workshopId, tableId);
        return SheetWrites.save(steps, NextStep.agree(scope, details, today(), clock.instant()))
                .view();
    }

    @Transactional
    NextStepView revise(UUID workshopId, UUID tableId, UUID stepId, NextStepDetails details) {
        SheetScope scope = access.writable(workshopId, tableId);
        NextStep step = steps.findById(stepId)
                .filter(s -> s.belongsTo(scope))
                .orElseThrow(() -> new NotFoundException("sheets.next-step-not-found"));
        step.revise(scope, details, today(), clock.instant());
        return SheetWrites.save(steps, step).view();
    }

    @Transactional(readOnly = true)
    List<NextStepView> all(UUID workshopId, UUID tableId) {
        SheetScope scope = access.readable(workshopId, tableId);
        return steps.findByWorkshopIdAndTableIdOrderByCreatedAt(scope.workshopId(), scope.tableId()).stream()
                .map(NextStep::view)
                .toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SheetAccess.NORWAY));
    }
}
