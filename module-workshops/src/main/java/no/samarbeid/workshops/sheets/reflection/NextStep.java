package no.samarbeid.workshops.sheets.reflection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.workshops.events.NextStepAgreed;
import no.samarbeid.workshops.sheets.SheetScope;
import no.samarbeid.workshops.sheets.TableEntry;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/** A next step a table agrees on (sheet 10), with an owner and a due date that has not passed. */
@Table(schema = "workshops", name = "sheet_next_step")
class NextStep extends TableEntry<NextStep> {

    private String text;
    private String owner;
    private LocalDate dueDate;

    @PersistenceCreator
    NextStep(
            UUID id,
            UUID tenantId,
            UUID workshopId,
            UUID tableId,
            String text,
            String owner,
            LocalDate dueDate,
            Instant createdAt,
            int version) {
        super(id, tenantId, workshopId, tableId, createdAt, version);
        this.text = text;
        this.owner = owner;
        this.dueDate = dueDate;
    }

    /** A new next step; {@code today} is the date in Norway. */
    static NextStep agree(SheetScope scope, NextStepDetails details, LocalDate today, Instant now) {
        requireNotPast(details, today);
        var step = new NextStep(
                UUID.randomUUID(),
                scope.tenantId(),
                scope.workshopId(),
                scope.tableId(),
                details.text(),
                details.owner(),
                details.dueDate(),
                now,
                0);
        step.agreed(scope, now);
        return step;
    }

    void revise(SheetScope scope, NextStepDetails details, LocalDate today, Instant now) {
        requireNotPast(details, today);
        text = details.text();
        owner = details.owner();
        dueDate = details.dueDate();
        agreed(scope, now);
    }

    private static void requireNotPast(NextStepDetails details, LocalDate today) {
        if (details.dueDate().isBefore(today)) {
            throw new InvalidInputException("sheets.next-step-due-date", details.dueDate());
        }
    }

    private void agreed(SheetScope scope, Instant now) {
        registerEvent(new NextStepAgreed(
                UUID.randomUUID(),
                tenantId(),
                workshopId(),
                scope.shared(),
                tableId(),
                id(),
                text,
                owner,
                dueDate,
                now));
    }

    NextStepView view() {
        return new NextStepView(id(), text, owner, dueDate, createdAt());
    }
}
