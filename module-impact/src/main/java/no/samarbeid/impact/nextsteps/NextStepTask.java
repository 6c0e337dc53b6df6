package no.samarbeid.impact.nextsteps;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.samarbeid.impact.events.NextStepUpdated;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/** A next step of the municipality, from a table's sheet 10: its text, owner, due date and status. */
@Table(schema = "impact", name = "next_step_task")
class NextStepTask extends AbstractAggregateRoot<NextStepTask> {

    @Id
    private final UUID id;

    private final UUID tenantId;
    private final @Nullable UUID collaborationId;
    private final @Nullable UUID workshopId;
    private final @Nullable UUID tableId;
    private final @Nullable UUID sourceNextStepId;
    private @Nullable Instant sourceOccurredAt;
    private String text;
    private String owner;
    private LocalDate dueDate;
    private TaskStatus status;
    private boolean shared;
    private Instant changedAt;

    @Version
    private int version;

    @PersistenceCreator
    NextStepTask(
            UUID id,
            UUID tenantId,
            @Nullable UUID collaborationId,
            @Nullable UUID workshopId,
            @Nullable UUID tableId,
            @Nullable UUID sourceNextStepId,
            @Nullable Instant sourceOccurredAt,
            String text,
            String owner,
            LocalDate dueDate,
            TaskStatus status,
            boolean shared,
            Instant changedAt,
            int version) {
        this.id = id;
        this.tenantId = tenantId;
        this.collaborationId = collaborationId;
        this.workshopId = workshopId;
        this.tableId = tableId;
        this.sourceNextStepId = sourceNextStepId;
        this.sourceOccurredAt = sourceOccurredAt;
        this.text = text;
        this.owner = owner;
        this.dueDate = dueDate;
        this.status = status;
        this.shared = shared;
        this.changedAt = changedAt;
        this.version = version;
    }

    static NextStepTask agreed(UUID tenantId, NextStepFacts step, Instant now) {
        var task = new NextStepTask(
                UUID.randomUUID(),
                tenantId,
                null,
                step.workshopId(),
                step.tableId(),
                step.nextStepId(),
                null,
                "",
                "",
                step.dueDate(),
                TaskStatus.OPEN,
                step.shared(),
                now,
                0);
        task.revised(step, now);
        return task;
    }

    /** Takes a newer wording from the table; an older or repeated one changes nothing (returns false). */
    boolean revised(NextStepFacts step, Instant now) {
        if (sourceOccurredAt != null && !step.occurredAt().isAfter(sourceOccurredAt)) {
            return false;
        }
        sourceOccurredAt = step.occurredAt();
        text = clip(step.text(), 500);
        owner = clip(step.owner(), 200);
        dueDate = step.dueDate();
        shared = step.shared();
        updated(now);
        return true;
    }

    void mark(TaskStatus status, Instant now) {
        if (this.status != status) {
            this.status = status;
            updated(now);
        }
    }

    void sharingChanged(boolean shared) {
        this.shared = shared;
    }

    private void updated(Instant now) {
        changedAt = now;
        registerEvent(new NextStepUpdated(
                UUID.randomUUID(),
                tenantId,
                id,
                sourceNextStepId,
                workshopId,
                collaborationId,
                shared,
                null,
                null,
                text,
                dueDate,
                status.name(),
                now));
    }

    NextStepView view(LocalDate today) {
        return new NextStepView(
                id,
                text,
                owner,
                dueDate,
                status,
                status == TaskStatus.OPEN && dueDate.isBefore(today),
                workshopId,
                collaborationId);
    }

    private static String clip(String text, int max) {
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }
}
