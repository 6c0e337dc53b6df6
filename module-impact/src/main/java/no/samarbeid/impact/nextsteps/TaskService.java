package no.samarbeid.impact.nextsteps;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import no.samarbeid.core.web.NotFoundException;
import no.samarbeid.impact.access.ImpactAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipality's next steps: all of them by due date, the overdue ones, and marking one done or dropped. */
@Service
public class TaskService {

    static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final NextStepTasks tasks;
    private final Clock clock;

    TaskService(NextStepTasks tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<NextStepView> all() {
        ImpactAccess.reader();
        LocalDate today = today();
        return tasks.findAllByOrderByDueDateAsc().stream()
                .map(task -> task.view(today))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<NextStepView> overdue() {
        return all().stream().filter(NextStepView::overdue).toList();
    }

    @Transactional
    public NextStepView mark(UUID id, TaskStatus status) {
        ImpactAccess.writer();
        NextStepTask task = tasks.findById(id).orElseThrow(() -> new NotFoundException("impact.next-step-not-found"));
        task.mark(status, clock.instant());
        return tasks.save(task).view(today());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(NORWAY));
    }
}
