package no.samarbeid.workshops.notes;

import java.time.Instant;
import java.util.UUID;
import no.samarbeid.core.web.AccessRefusedException;
import no.samarbeid.core.web.ConflictException;
import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.core.web.NotFoundException;
import no.samarbeid.workshops.events.NoteEdited;
import no.samarbeid.workshops.events.NoteMoved;
import no.samarbeid.workshops.events.NotePosted;
import no.samarbeid.workshops.events.NoteWithdrawn;
import no.samarbeid.workshops.events.RevealedNote;
import no.samarbeid.workshops.workshop.Perspective;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A note (lapp) on a sheet at a table, in one of the sheet's zones, written from a perspective. While its table
 * writes in silence only its author (and the facilitator, who never learns the author) sees it; once revealed the
 * whole table does. The author edits and withdraws it; the facilitator can hide it from everyone but facilitators.
 * Notes the facilitator typed in for a table have no participant author.
 */
@Table(schema = "workshops", name = "note")
class Note extends AbstractAggregateRoot<Note> {

    static final int MAX_TEXT = 500;

    @Id
    private final UUID id;

    private final UUID tenantId;
    private final UUID workshopId;
    private final UUID tableId;
    private final String sheetKey;
    private String zoneKey;
    private String text;
    private final @Nullable UUID authorParticipantId;
    private final Perspective perspective;
    private boolean revealed;
    private boolean hidden;
    private boolean withdrawn;
    private @Nullable UUID clusterId;
    private final Instant createdAt;
    private Instant updatedAt;

    @Version
    private int version;

    @PersistenceCreator
    Note(
            UUID id,
            UUID tenantId,
            UUID workshopId,
            UUID tableId,
            String sheetKey,
            String zoneKey,
            String text,
            @Nullable UUID authorParticipantId,
            Perspective perspective,
            boolean revealed,
            boolean hidden,
            boolean withdrawn,
            @Nullable UUID clusterId,
            Instant createdAt,
            Instant updatedAt,
            int version) {
        this.id = id;
        this.tenantId = tenantId;
        this.workshopId = workshopId;
        this.tableId = tableId;
        this.sheetKey = sheetKey;
        this.zoneKey = zoneKey;
        this.text = text;
        this.authorParticipantId = authorParticipantId;
        this.perspective = perspective;
        this.revealed = revealed;
        this.hidden = hidden;
        this.withdrawn = withdrawn;
        this.clusterId = clusterId;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /**
     * Writes a note on the sheet open at the table. A participant writes at their own table from their perspective;
     * a facilitator types in a note for any table from the perspective they choose.
     */
    static Note post(
            NoteSheet sheet,
            NoteCaller author,
            @Nullable Perspective perspective,
            String zone,
            String text,
            Instant now) {
        sheet.requireWritable();
        author.requireAt(sheet.tableId());
        Perspective from = author.facilitator() ? perspective : author.perspective();
        if (from == null) {
            throw new InvalidInputException("note.perspective-required");
        }
        sheet.requireZone(zone);
        var note = new Note(
                UUID.randomUUID(),
                sheet.tenantId(),
                sheet.workshopId(),
                sheet.tableId(),
                sheet.sheetKey(),
                zone,
                clean(text),
                author.participantId(),
                from,
                sheet.revealed(),
                false,
                false,
                null,
                now,
                now,
                0);
        note.registerEvent(new NotePosted(
                UUID.randomUUID(),
                sheet.tenantId(),
                sheet.workshopId(),
                sheet.shared(),
                sheet.tableId(),
                sheet.sheetKey(),
                note.id,
                zone,
                note.text,
                author.pseudonym(),
                from.name(),
                note.revealed,
                now));
        return note;
    }

    /** The text of a note: 1 to 500 characters after trimming. */
    static String clean(String text) {
        String clean = text.strip();
        if (clean.isEmpty() || clean.length() > MAX_TEXT) {
            throw new InvalidInputException("note.text", MAX_TEXT);
        }
        return clean;
    }

    void edit(NoteSheet sheet, NoteCaller caller, String newText, Instant now) {
        sheet.requireRunning();
        requireAuthor(caller);
        requireOnBoard();
        text = clean(newText);
        updatedAt = now;
        registerEvent(new NoteEdited(
                UUID.randomUUID(), tenantId, workshopId, sheet.shared(), tableId, id, text, revealed, now));
    }

    void withdraw(NoteSheet sheet, NoteCaller caller, Instant now) {
        sheet.requireRunning();
        requireAuthor(caller);
        withdrawn = true;
        updatedAt = now;
        registerEvent(
                new NoteWithdrawn(UUID.randomUUID(), tenantId, workshopId, sheet.shared(), tableId, id, revealed, now));
    }

    /** The facilitator takes a note off the board: from then on only facilitators see it. */
    void hide(NoteSheet sheet, NoteCaller caller, Instant now) {
        sheet.requireRunning();
        caller.requireFacilitator();
        if (!hidden) {
            hidden = true;
            updatedAt = now;
            registerEvent(new NoteWithdrawn(
                    UUID.randomUUID(), tenantId, workshopId, sheet.shared(), tableId, id, revealed, now));
        }
    }

    /** Moves the note to another zone: its author before reveal, anyone at the table after. */
    void move(NoteSheet sheet, NoteCaller caller, String zone, Instant now) {
        sheet.requireRunning();
        if (revealed ? !caller.atTable(tableId) : !writtenBy(caller)) {
            throw new AccessRefusedException("note.move-not-allowed");
        }
        requireOnBoard();
        sheet.requireZone(zone);
        if (!zone.equals(zoneKey)) {
            zoneKey = zone;
            updatedAt = now;
            registerEvent(new NoteMoved(
                    UUID.randomUUID(), tenantId, workshopId, sheet.shared(), tableId, id, zone, revealed, now));
        }
    }

    /** Shows the note to its table; returns it as revealed, or null if it was revealed already. */
    @Nullable
    RevealedNote reveal(Instant now) {
        if (revealed) {
            return null;
        }
        revealed = true;
        updatedAt = now;
        return new RevealedNote(id, zoneKey, text, perspective.name());
    }

    void clusterInto(UUID cluster, Instant now) {
        clusterId = cluster;
        updatedAt = now;
    }

    /** Dots go on revealed notes of the voter's own table; facilitators do not vote. */
    void requireVotableBy(NoteCaller caller) {
        if (caller.facilitator()) {
            throw new AccessRefusedException("note.participants-only");
        }
        caller.requireAt(tableId);
        requireOnBoard();
        requireRevealed();
    }

    /** A hidden note is off the board: nobody but facilitators sees it, so nothing more happens to it. */
    void requireOnBoard() {
        if (hidden) {
            throw new ConflictException("note.hidden");
        }
    }

    void requireRevealed() {
        if (!revealed) {
            throw new ConflictException("note.not-revealed");
        }
    }

    /** Facilitators see every note that was not withdrawn; others their own and the table's revealed ones. */
    boolean visibleTo(NoteCaller caller) {
        if (withdrawn) {
            return false;
        }
        if (caller.facilitator()) {
            return true;
        }
        return !hidden && (writtenBy(caller) || (revealed && caller.atTable(tableId)));
    }

    /** Whether the author's display name may be shown with the note: names shown, the note revealed, a participant's. */
    boolean showsAuthor(NoteSheet sheet) {
        return sheet.showNames() && revealed && authorParticipantId != null;
    }

    /** Whether the caller wrote the note; the facilitator counts as author of notes typed in for the table. */
    boolean writtenBy(NoteCaller caller) {
        return caller.facilitator()
                ? authorParticipantId == null
                : caller.participantId().equals(authorParticipantId);
    }

    private void requireAuthor(NoteCaller caller) {
        if (!writtenBy(caller)) {
            throw new AccessRefusedException("note.not-author");
        }
    }

    static NotFoundException notFound() {
        return new NotFoundException("note.not-found");
    }

    /** The note as the caller sees it; {@code author} is the author's display name, when it may be shown. */
    NoteView view(NoteCaller caller, @Nullable String author, int votes, int myVotes) {
        return new NoteView(
                id,
                sheetKey,
                zoneKey,
                text,
                perspective.name(),
                revealed,
                writtenBy(caller),
                author,
                clusterId,
                votes,
                myVotes,
                hidden,
                authorParticipantId == null,
                createdAt);
    }

    UUID id() {
        return id;
    }

    UUID workshopId() {
        return workshopId;
    }

    UUID tableId() {
        return tableId;
    }

    String sheetKey() {
        return sheetKey;
    }

    @Nullable
    UUID authorParticipantId() {
        return authorParticipantId;
    }

    boolean revealed() {
        return revealed;
    }

    boolean hidden() {
        return hidden;
    }

    @Nullable
    UUID clusterId() {
        return clusterId;
    }

    /** The events registered and not yet published. */
    java.util.Collection<Object> registeredEvents() {
        return domainEvents();
    }
}
