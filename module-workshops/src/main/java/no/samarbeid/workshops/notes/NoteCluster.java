package no.samarbeid.workshops.notes;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.workshops.events.NotesClustered;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A heading under which a table gathers revealed notes of one sheet while sorting. The notes refer to their
 * cluster; a note gathered again moves to the new cluster.
 */
@Table(schema = "workshops", name = "note_cluster")
class NoteCluster extends AbstractAggregateRoot<NoteCluster> {

    static final int MAX_HEADING = 80;
    static final int MAX_NOTES = 200;

    @Id
    private final UUID id;

    private final UUID tenantId;
    private final UUID workshopId;
    private final UUID tableId;
    private final String sheetKey;
    private final String heading;
    private final Instant createdAt;

    @Version
    private int version;

    @PersistenceCreator
    NoteCluster(
            UUID id,
            UUID tenantId,
            UUID workshopId,
            UUID tableId,
            String sheetKey,
            String heading,
            Instant createdAt,
            int version) {
        this.id = id;
        this.tenantId = tenantId;
        this.workshopId = workshopId;
        this.tableId = tableId;
        this.sheetKey = sheetKey;
        this.heading = heading;
        this.createdAt = createdAt;
        this.version = version;
    }

    /**
     * Gathers revealed notes of the sheet under a heading of 1 to 80 characters; anyone at the table may, and the
     * facilitator. The notes are put into the cluster.
     */
    static NoteCluster gather(NoteSheet sheet, NoteCaller caller, String heading, List<Note> notes, Instant now) {
        sheet.requireRunning();
        caller.requireAt(sheet.tableId());
        String clean = heading.strip();
        if (clean.isEmpty() || clean.length() > MAX_HEADING) {
            throw new InvalidInputException("note.cluster-heading", MAX_HEADING);
        }
        var distinct = new LinkedHashSet<>(notes);
        if (distinct.isEmpty() || distinct.size() > MAX_NOTES) {
            throw new InvalidInputException("note.cluster-notes", MAX_NOTES);
        }
        for (Note note : distinct) {
            if (!note.tableId().equals(sheet.tableId()) || !note.sheetKey().equals(sheet.sheetKey())) {
                throw new InvalidInputException("note.cluster-other-sheet");
            }
            note.requireOnBoard();
            note.requireRevealed();
        }
        var cluster = new NoteCluster(
                UUID.randomUUID(),
                sheet.tenantId(),
                sheet.workshopId(),
                sheet.tableId(),
                sheet.sheetKey(),
                clean,
                now,
                0);
        distinct.forEach(note -> note.clusterInto(cluster.id, now));
        cluster.registerEvent(new NotesClustered(
                UUID.randomUUID(),
                sheet.tenantId(),
                sheet.workshopId(),
                sheet.shared(),
                sheet.tableId(),
                sheet.sheetKey(),
                cluster.id,
                clean,
                distinct.stream().map(Note::id).toList(),
                now));
        return cluster;
    }

    UUID id() {
        return id;
    }

    String heading() {
        return heading;
    }

    Instant createdAt() {
        return createdAt;
    }

    /** The events registered and not yet published. */
    java.util.Collection<Object> registeredEvents() {
        return domainEvents();
    }
}
