package no.samarbeid.workshops.notes;

import java.time.Clock;
import java.util.UUID;
import no.samarbeid.workshops.events.VotesCast;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dot voting: a participant sets their dots on a revealed note of their table, within their budget for the sheet
 * ({@code dotsPerPerson} of the workshop).
 */
@Service
public class VoteService {

    private final NoteAccess access;
    private final Votes votes;
    private final NoteViews views;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VoteService(NoteAccess access, Votes votes, NoteViews views, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.votes = votes;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    /** Sets the caller's dots on the note (0 takes them all back). */
    @Transactional
    public NoteView vote(UUID workshopId, UUID tableId, UUID noteId, int dots) {
        NoteAccess.NoteTable table = access.table(workshopId, tableId);
        NoteCaller voter = table.caller();
        Note note = access.note(table, noteId);
        NoteSheet sheet = access.sheet(table, note.sheetKey());
        sheet.requireRunning();
        note.requireVotableBy(voter);
        UUID participant = java.util.Objects.requireNonNull(voter.participantId());
        votes.lock(participant);
        new VoteBudget(sheet.dotsPerPerson(), votes.spentElsewhere(participant, note)).allow(dots);
        votes.set(sheet.tenantId(), noteId, participant, dots);
        NoteView view = views.of(sheet, voter, note);
        events.publishEvent(new VotesCast(
                UUID.randomUUID(),
                sheet.tenantId(),
                workshopId,
                sheet.shared(),
                tableId,
                noteId,
                view.votes(),
                voter.pseudonym(),
                clock.instant()));
        return view;
    }
}
