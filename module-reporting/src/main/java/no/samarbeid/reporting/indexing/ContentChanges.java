package no.samarbeid.reporting.indexing;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import no.samarbeid.reporting.consumed.CollaborationSketched;
import no.samarbeid.reporting.consumed.EffectIdentified;
import no.samarbeid.reporting.consumed.EntrepreneurMentioned;
import no.samarbeid.reporting.consumed.MeasureProposed;
import no.samarbeid.reporting.consumed.MythAssessed;
import no.samarbeid.reporting.consumed.NextStepAgreed;
import no.samarbeid.reporting.consumed.NoteEdited;
import no.samarbeid.reporting.consumed.NoteMoved;
import no.samarbeid.reporting.consumed.NotePosted;
import no.samarbeid.reporting.consumed.NoteWithdrawn;
import no.samarbeid.reporting.consumed.NotesClustered;
import no.samarbeid.reporting.consumed.NotesRevealed;
import no.samarbeid.reporting.consumed.PartnerRetracted;
import no.samarbeid.reporting.consumed.ReflectionAnswered;
import no.samarbeid.reporting.consumed.TableFact;
import no.samarbeid.reporting.consumed.VotesCast;
import org.jspecify.annotations.Nullable;

/**
 * How a table event changes content documents, as a pure function of the documents it touches: each field group is
 * set only by an event newer than the one that set it, a withdrawal is final, and unrevealed notes are never kept.
 * Applying the same events in any order, any number of times, gives the same documents.
 */
final class ContentChanges {

    private final Map<String, ContentDocument> documents;
    private final Set<String> changed = new LinkedHashSet<>();

    /** {@code documents}: the current documents of {@link #ids} (absent when none), changed in place. */
    ContentChanges(Map<String, ContentDocument> documents) {
        this.documents = documents;
    }

    /** The ids of the documents an event may change. */
    static List<String> ids(TableFact event) {
        if (event instanceof NotesRevealed revealed) {
            return revealed.notes().stream()
                    .map(note -> note.noteId().toString())
                    .toList();
        }
        if (event instanceof NotesClustered clustered) {
            return clustered.noteIds().stream().map(UUID::toString).toList();
        }
        if (event instanceof ReflectionAnswered reflection) {
            return List.of("reflection-" + reflection.tableId());
        }
        UUID id = null;
        if (event instanceof NotePosted e) {
            id = e.noteId();
        } else if (event instanceof NoteEdited e) {
            id = e.noteId();
        } else if (event instanceof NoteMoved e) {
            id = e.noteId();
        } else if (event instanceof NoteWithdrawn e) {
            id = e.noteId();
        } else if (event instanceof VotesCast e) {
            id = e.noteId();
        } else if (event instanceof EntrepreneurMentioned e) {
            id = e.partnerId();
        } else if (event instanceof PartnerRetracted e) {
            id = e.partnerId();
        } else if (event instanceof CollaborationSketched e) {
            id = e.sketchId();
        } else if (event instanceof EffectIdentified e) {
            id = e.effectId();
        } else if (event instanceof MeasureProposed e) {
            id = e.measureId();
        } else if (event instanceof MythAssessed e) {
            id = e.assessmentId();
        } else if (event instanceof NextStepAgreed e) {
            id = e.nextStepId();
        }
        return id == null ? List.of() : List.of(id.toString());
    }

    /** Applies the event; returns the ids of the documents it changed. */
    Set<String> apply(TableFact event) {
        if (event instanceof NotePosted e) {
            if (e.revealed()) {
                reveal(e, e.noteId(), e.sheetKey(), e.zoneKey(), e.text(), e.perspective());
            }
        } else if (event instanceof NotesRevealed e) {
            e.notes().forEach(n -> reveal(e, n.noteId(), e.sheetKey(), n.zoneKey(), n.text(), n.perspective()));
        } else if (event instanceof NoteEdited e) {
            if (e.revealed()) {
                note(e, e.noteId(), doc -> {
                    if (ContentDocument.before(doc.textAt, e.occurredAt())) {
                        doc.text = e.text();
                        doc.textAt = e.occurredAt().toString();
                    }
                });
            }
        } else if (event instanceof NoteMoved e) {
            if (e.revealed()) {
                note(e, e.noteId(), doc -> zone(doc, e.zoneKey(), e.occurredAt()));
            }
        } else if (event instanceof NoteWithdrawn e) {
            note(e, e.noteId(), ContentChanges::withdraw);
        } else if (event instanceof NotesClustered e) {
            e.noteIds()
                    .forEach(id -> note(e, id, doc -> {
                        if (ContentDocument.before(doc.headingAt, e.occurredAt())) {
                            doc.heading = e.heading();
                            doc.headingAt = e.occurredAt().toString();
                        }
                    }));
        } else if (event instanceof VotesCast e) {
            note(e, e.noteId(), doc -> {
                if (ContentDocument.before(doc.votesAt, e.occurredAt())) {
                    doc.votes = e.votes();
                    doc.votesAt = e.occurredAt().toString();
                }
            });
        } else if (event instanceof PartnerRetracted e) {
            entry(e, ContentKind.PARTNER, e.partnerId().toString(), ContentChanges::withdraw);
        } else {
            SheetEntries.apply(this, event);
        }
        return changed;
    }

    /** Replaces a sheet entry's content when the event is newer than what it holds (latest per entry id). */
    void entry(TableFact event, ContentKind kind, String id, Consumer<ContentDocument> change) {
        ContentDocument doc = document(event, kind, id);
        if (doc.withdrawn || !ContentDocument.before(doc.textAt, event.occurredAt())) {
            return;
        }
        doc.sheetKey = kind.sheetKey();
        doc.revealed = true;
        change.accept(doc);
        if (!doc.withdrawn) {
            doc.textAt = event.occurredAt().toString();
        }
        touched(doc, event);
    }

    private void reveal(
            TableFact event, UUID noteId, String sheetKey, String zoneKey, String text, @Nullable String perspective) {
        note(event, noteId, doc -> {
            doc.revealed = true;
            doc.sheetKey = sheetKey;
            doc.perspective = perspective;
            if (ContentDocument.before(doc.textAt, event.occurredAt())) {
                doc.text = text;
                doc.textAt = event.occurredAt().toString();
            }
            zone(doc, zoneKey, event.occurredAt());
        });
    }

    private void note(TableFact event, UUID noteId, Consumer<ContentDocument> change) {
        ContentDocument doc = document(event, ContentKind.NOTE, noteId.toString());
        if (doc.withdrawn) {
            return;
        }
        change.accept(doc);
        touched(doc, event);
    }

    private static void zone(ContentDocument doc, String zoneKey, Instant at) {
        if (ContentDocument.before(doc.zoneAt, at)) {
            doc.zoneKey = zoneKey;
            doc.zoneAt = at.toString();
        }
    }

    private static void withdraw(ContentDocument doc) {
        doc.withdrawn = true;
        doc.text = null;
        doc.heading = null;
    }

    private ContentDocument document(TableFact event, ContentKind kind, String id) {
        return documents.computeIfAbsent(
                id,
                key -> ContentDocument.of(
                        kind,
                        key,
                        event.tenantId().toString(),
                        event.workshopId().toString(),
                        event.tableId().toString()));
    }

    private void touched(ContentDocument doc, TableFact event) {
        doc.lastEventId = event.eventId().toString();
        changed.add(doc.id);
    }
}
