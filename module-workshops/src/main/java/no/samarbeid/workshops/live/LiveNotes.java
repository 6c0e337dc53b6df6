package no.samarbeid.workshops.live;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.samarbeid.workshops.events.NoteEdited;
import no.samarbeid.workshops.events.NoteMoved;
import no.samarbeid.workshops.events.NotePosted;
import no.samarbeid.workshops.events.NoteWithdrawn;
import no.samarbeid.workshops.events.NotesRevealed;
import no.samarbeid.workshops.events.RevealedNote;
import no.samarbeid.workshops.events.WorkshopEvent;
import org.jspecify.annotations.Nullable;

/**
 * Classifies one workshop's events for the live streams, remembering the authors of its unrevealed notes (until
 * they are revealed or withdrawn) so that later changes of such a note reach its author and nobody else at the
 * table. Events of unknown kinds are shared with their table; those that concern no table go to facilitators only,
 * except the workshop's start and completion. Not thread-safe: used under its workshop's lock.
 */
final class LiveNotes {

    private static final Set<String> WHOLE_WORKSHOP = Set.of("WorkshopStarted", "WorkshopCompleted");
    private static final Set<String> FACILITATORS_ONLY =
            Set.of("WorkshopScheduled", "WorkshopSharingChanged", "WorkshopEvaluated");
    private static final ClassValue<Optional<RecordComponent>> TABLE_ID = new ClassValue<>() {
        @Override
        protected Optional<RecordComponent> computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null) {
                return Optional.empty();
            }
            for (RecordComponent component : components) {
                if (component.getName().equals("tableId") && component.getType() == UUID.class) {
                    return Optional.of(component);
                }
            }
            return Optional.empty();
        }
    };

    private final Map<UUID, Unrevealed> unrevealed = new HashMap<>();

    LiveRecord classify(LiveEventId id, long timestamp, WorkshopEvent event) {
        UUID table = tableOf(event);
        if (event instanceof NotePosted posted) {
            if (posted.revealed()) {
                return record(id, timestamp, event, table, LiveVisibility.TABLE, posted.authorPseudonym(), null);
            }
            unrevealed.put(posted.noteId(), new Unrevealed(posted.authorPseudonym(), table, posted.sheetKey()));
            return record(
                    id, timestamp, event, table, LiveVisibility.PRIVATE, posted.authorPseudonym(), posted.sheetKey());
        }
        if (event instanceof NoteEdited edited) {
            return concerning(id, timestamp, event, table, edited.noteId(), edited.revealed(), false);
        }
        if (event instanceof NoteMoved moved) {
            return concerning(id, timestamp, event, table, moved.noteId(), moved.revealed(), false);
        }
        if (event instanceof NoteWithdrawn withdrawn) {
            return concerning(id, timestamp, event, table, withdrawn.noteId(), withdrawn.revealed(), true);
        }
        if (event instanceof NotesRevealed revealed) {
            revealed.notes().stream().map(RevealedNote::noteId).forEach(unrevealed::remove);
            unrevealed
                    .values()
                    .removeIf(note -> revealed.sheetKey().equals(note.sheetKey())
                            && note.tableId() != null
                            && note.tableId().equals(table));
        }
        String name = event.getClass().getSimpleName();
        boolean facilitatorsOnly =
                FACILITATORS_ONLY.contains(name) || (table == null && !WHOLE_WORKSHOP.contains(name));
        return record(
                id,
                timestamp,
                event,
                table,
                facilitatorsOnly ? LiveVisibility.FACILITATORS : LiveVisibility.TABLE,
                null,
                null);
    }

    /** A change of an existing note: private to its author while unrevealed (unknown authors: facilitators only). */
    private LiveRecord concerning(
            LiveEventId id,
            long timestamp,
            WorkshopEvent event,
            @Nullable UUID table,
            UUID noteId,
            boolean revealed,
            boolean gone) {
        Unrevealed note = gone ? unrevealed.remove(noteId) : unrevealed.get(noteId);
        if (revealed) {
            return record(id, timestamp, event, table, LiveVisibility.TABLE, null, null);
        }
        return record(
                id,
                timestamp,
                event,
                table,
                LiveVisibility.PRIVATE,
                note == null ? null : note.author(),
                note == null ? null : note.sheetKey());
    }

    private static LiveRecord record(
            LiveEventId id,
            long timestamp,
            WorkshopEvent event,
            @Nullable UUID table,
            LiveVisibility visibility,
            @Nullable String author,
            @Nullable String sheetKey) {
        return new LiveRecord(id, timestamp, event, table, visibility, author, sheetKey);
    }

    /** The table an event concerns: its {@code tableId}, if it has one. */
    @Nullable
    static UUID tableOf(WorkshopEvent event) {
        Optional<RecordComponent> component = TABLE_ID.get(event.getClass());
        if (component.isEmpty()) {
            return null;
        }
        try {
            return (UUID) component.get().getAccessor().invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "Cannot read the table of " + event.getClass().getName(), e);
        }
    }

    private record Unrevealed(String author, @Nullable UUID tableId, String sheetKey) {}
}
