package no.samarbeid.workshops.notes;

import java.util.ArrayList;
import java.util.List;
import no.samarbeid.workshops.events.NotesRevealed;
import no.samarbeid.workshops.events.PhaseChanged;
import no.samarbeid.workshops.events.RevealedNote;
import no.samarbeid.workshops.workshop.Phase;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reveals a table's notes on a sheet when the facilitator moves the table to reveal (or past it): in the same
 * transaction as the phase change, the notes are marked revealed and {@link NotesRevealed} lists those the table may
 * now see (not the hidden ones). Nothing is published when there was nothing left to reveal.
 */
@Component
class RevealOnPhaseChange {

    private final Notes notes;
    private final ApplicationEventPublisher events;

    RevealOnPhaseChange(Notes notes, ApplicationEventPublisher events) {
        this.notes = notes;
        this.events = events;
    }

    @EventListener
    void on(PhaseChanged changed) {
        if (!Phase.valueOf(changed.phase()).revealed()) {
            return;
        }
        List<Note> unrevealed =
                notes.findByWorkshopIdAndTableIdAndSheetKeyAndRevealedFalseAndWithdrawnFalseOrderByCreatedAt(
                        changed.workshopId(), changed.tableId(), changed.sheetKey());
        List<RevealedNote> shown = new ArrayList<>();
        for (Note note : unrevealed) {
            RevealedNote revealed = note.reveal(changed.occurredAt());
            if (revealed != null && !note.hidden()) {
                shown.add(revealed);
            }
        }
        notes.saveAll(unrevealed);
        if (!shown.isEmpty()) {
            events.publishEvent(new NotesRevealed(
                    java.util.UUID.randomUUID(),
                    changed.tenantId(),
                    changed.workshopId(),
                    changed.shared(),
                    changed.tableId(),
                    changed.sheetKey(),
                    shown,
                    changed.occurredAt()));
        }
    }
}
