package no.samarbeid.workshops.notes;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import no.samarbeid.workshops.workshop.WorkshopAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Shows notes to a caller with their dots, and with their author's display name only where the workshop shows
 * names and the note is revealed; otherwise notes stay anonymous, also to facilitators.
 */
@Component
class NoteViews {

    private final Votes votes;
    private final WorkshopAccess access;

    NoteViews(Votes votes, WorkshopAccess access) {
        this.votes = votes;
        this.access = access;
    }

    /** The notes of one table's sheet that the caller may see. */
    List<NoteView> of(NoteSheet sheet, NoteCaller caller, List<Note> notes) {
        List<Note> visible = notes.stream().filter(n -> n.visibleTo(caller)).toList();
        Map<UUID, Votes.Tally> tallies =
                votes.tallies(sheet.workshopId(), sheet.tableId(), sheet.sheetKey(), caller.participantId());
        Map<UUID, String> names = names(sheet, visible);
        return visible.stream()
                .map(note -> view(sheet, note, caller, names, tallies.getOrDefault(note.id(), Votes.Tally.NONE)))
                .toList();
    }

    NoteView of(NoteSheet sheet, NoteCaller caller, Note note) {
        return view(sheet, note, caller, names(sheet, List.of(note)), votes.tally(note.id(), caller.participantId()));
    }

    private static NoteView view(
            NoteSheet sheet, Note note, NoteCaller caller, Map<UUID, String> names, Votes.Tally tally) {
        @Nullable String author = note.showsAuthor(sheet) ? names.get(note.authorParticipantId()) : null;
        return note.view(caller, author, tally.votes(), tally.mine());
    }

    private Map<UUID, String> names(NoteSheet sheet, List<Note> notes) {
        List<UUID> authors = notes.stream()
                .filter(note -> note.showsAuthor(sheet))
                .map(Note::authorParticipantId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return access.displayNames(authors);
    }
}
