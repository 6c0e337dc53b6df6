package no.samarbeid.workshops.notes;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.samarbeid.core.web.ConflictException;
import no.samarbeid.workshops.workshop.Perspective;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writing and keeping notes at a table: post, read, edit, withdraw, move and hide. */
@Service
public class NoteService {

    private final NoteAccess access;
    private final Notes notes;
    private final NoteViews views;
    private final Votes votes;
    private final Clock clock;

    NoteService(NoteAccess access, Notes notes, NoteViews views, Votes votes, Clock clock) {
        this.access = access;
        this.notes = notes;
        this.views = views;
        this.votes = votes;
        this.clock = clock;
    }

    @Transactional
    public NoteView post(
            UUID workshopId,
            UUID tableId,
            String sheetKey,
            String zoneKey,
            String text,
            @Nullable Perspective perspective) {
        NoteAccess.NoteTable table = access.tableForWriting(workshopId, tableId);
        NoteSheet sheet = access.sheet(table, sheetKey);
        Note note = notes.save(Note.post(sheet, table.caller(), perspective, zoneKey, text, clock.instant()));
        return views.of(sheet, table.caller(), note);
    }

    /** What the caller may see of a sheet at the table (by default the sheet open there). */
    @Transactional(readOnly = true)
    public List<NoteView> list(UUID workshopId, UUID tableId, @Nullable String sheetKey) {
        NoteAccess.NoteTable table = access.table(workshopId, tableId);
        String key = table.sheetKeyOr(sheetKey);
        if (key == null) {
            return List.of();
        }
        NoteSheet sheet = access.sheet(table, key);
        return views.of(
                sheet,
                table.caller(),
                notes.findByWorkshopIdAndTableIdAndSheetKeyAndWithdrawnFalseOrderByCreatedAt(workshopId, tableId, key));
    }

    @Transactional
    NoteView edit(UUID workshopId, UUID tableId, UUID noteId, String text) {
        return change(
                workshopId, tableId, noteId, (note, sheet, caller) -> note.edit(sheet, caller, text, clock.instant()));
    }

    @Transactional
    public NoteView move(UUID workshopId, UUID tableId, UUID noteId, String zoneKey) {
        return change(
                workshopId,
                tableId,
                noteId,
                (note, sheet, caller) -> note.move(sheet, caller, zoneKey, clock.instant()));
    }

    /** The facilitator hides a note; the dots on it go back to their voters. */
    @Transactional
    public NoteView hide(UUID workshopId, UUID tableId, UUID noteId) {
        return change(workshopId, tableId, noteId, (note, sheet, caller) -> {
            note.hide(sheet, caller, clock.instant());
            votes.clear(noteId);
        });
    }

    /** The author withdraws a note; the dots on it go back to their voters. */
    @Transactional
    void withdraw(UUID workshopId, UUID tableId, UUID noteId) {
        change(workshopId, tableId, noteId, (note, sheet, caller) -> {
            note.withdraw(sheet, caller, clock.instant());
            votes.clear(noteId);
        });
    }

    private NoteView change(UUID workshopId, UUID tableId, UUID noteId, NoteChange change) {
        NoteAccess.NoteTable table = access.table(workshopId, tableId);
        Note note = access.note(table, noteId);
        NoteSheet sheet = access.sheet(table, note.sheetKey());
        change.apply(note, sheet, table.caller());
        try {
            note = notes.save(note);
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("note.changed-concurrently");
        }
        return views.of(sheet, table.caller(), note);
    }

    /** A change of one note by the caller. */
    @FunctionalInterface
    interface NoteChange {
        void apply(Note note, NoteSheet sheet, NoteCaller caller);
    }
}
