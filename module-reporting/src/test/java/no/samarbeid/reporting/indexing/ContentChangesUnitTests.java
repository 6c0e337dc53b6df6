package no.samarbeid.reporting.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.reporting.consumed.MythAssessed;
import no.samarbeid.reporting.consumed.NextStepAgreed;
import no.samarbeid.reporting.consumed.NoteEdited;
import no.samarbeid.reporting.consumed.NoteMoved;
import no.samarbeid.reporting.consumed.NotePosted;
import no.samarbeid.reporting.consumed.NoteWithdrawn;
import no.samarbeid.reporting.consumed.NotesClustered;
import no.samarbeid.reporting.consumed.NotesRevealed;
import no.samarbeid.reporting.consumed.ReflectionAnswered;
import no.samarbeid.reporting.consumed.TableFact;
import no.samarbeid.reporting.consumed.VotesCast;
import org.junit.jupiter.api.Test;

/** What a table's events make of its content, in any order and however often they arrive. */
class ContentChangesUnitTests {

    private static final UUID TENANT = UUID.randomUUID();
    private static final UUID WORKSHOP = UUID.randomUUID();
    private static final UUID TABLE = UUID.randomUUID();
    private static final UUID NOTE = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-03-12T10:00:00Z");

    @Test
    void anUnrevealedNoteIsNeverKept() {
        Map<String, ContentDocument> documents = apply(List.of(posted(false, "Hemmelig utkast", T0)));
        assertThat(documents).isEmpty();
    }

    @Test
    void theRevealedEditedMovedClusteredAndVotedNoteEndsTheSameInEveryOrderAndWithDuplicates() {
        List<TableFact> events = List.of(
                posted(false, "Kaffe", T0),
                revealed("Kaffe", "entrepreneur-view", T0.plusSeconds(60)),
                edited("Kaffe på biblioteket", T0.plusSeconds(120)),
                moved("municipality-view", T0.plusSeconds(180)),
                clustered("Møteplasser", T0.plusSeconds(240)),
                votes(2, T0.plusSeconds(300)),
                votes(3, T0.plusSeconds(360)));
        ContentDocument inOrder = apply(events).get(NOTE.toString());
        List<TableFact> reversed = new ArrayList<>(events);
        Collections.reverse(reversed);
        List<TableFact> twice = new ArrayList<>(reversed);
        twice.addAll(events);
        for (List<TableFact> order : List.of(reversed, twice)) {
            ContentDocument other = apply(order).get(NOTE.toString());
            assertThat(other)
                    .usingRecursiveComparison()
                    .ignoringFields("lastEventId")
                    .isEqualTo(inOrder);
        }
        assertThat(inOrder.text).isEqualTo("Kaffe på biblioteket");
        assertThat(inOrder.zoneKey).isEqualTo("municipality-view");
        assertThat(inOrder.heading).isEqualTo("Møteplasser");
        assertThat(inOrder.votes).isEqualTo(3);
        assertThat(inOrder.sheetKey).isEqualTo("meeting-points");
        assertThat(inOrder.perspective).isEqualTo("SOCIAL_ENTREPRENEUR");
        assertThat(inOrder.visible).isTrue();
        assertThat(inOrder.themes).isEqualTo(List.of("kultur"));
    }

    @Test
    void aWithdrawnNoteStaysGoneWhateverArrivesLater() {
        List<TableFact> events = List.of(
                withdrawn(T0.plusSeconds(200)),
                revealed("Kaffe", "entrepreneur-view", T0.plusSeconds(60)),
                edited("Kaffe igjen", T0.plusSeconds(500)));
        ContentDocument note = apply(events).get(NOTE.toString());
        assertThat(note.withdrawn).isTrue();
        assertThat(note.visible).isFalse();
        assertThat(note.text).isNull();
    }

    @Test
    void theLatestVerdictOfAMythWinsAndAReflectionNeverGoesNational() {
        UUID assessment = UUID.randomUUID();
        Map<String, ContentDocument> documents = apply(List.of(
                myth(assessment, "YES", T0.plusSeconds(60)),
                myth(assessment, "NO", T0),
                new ReflectionAnswered(
                        UUID.randomUUID(),
                        TENANT,
                        WORKSHOP,
                        true,
                        TABLE,
                        List.of(new ReflectionAnswered.Answer("low-hanging-fruit", "Frokostmøte")),
                        T0),
                new NextStepAgreed(
                        UUID.randomUUID(), TENANT, WORKSHOP, true, TABLE, UUID.randomUUID(), "Ring NAV", null, T0)));
        ContentDocument verdict = documents.get(assessment.toString());
        assertThat(verdict.verdict).isEqualTo("YES");
        assertThat(verdict.mythKey).isEqualTo("myth-2");
        assertThat(verdict.sheetKey).isEqualTo("procurement-myths");
        assertThat(documents.get("reflection-" + TABLE).national).isFalse();
        assertThat(documents.values())
                .filteredOn(doc -> doc.kind.equals("NEXT_STEP"))
                .singleElement()
                .satisfies(step -> assertThat(step.themes).containsExactly("arbeidsinkludering"));
    }

    private static Map<String, ContentDocument> apply(List<TableFact> events) {
        Map<String, ContentDocument> documents = new HashMap<>();
        for (TableFact event : events) {
            new ContentChanges(documents).apply(event);
        }
        documents.values().forEach(doc -> doc.settle(Placement.of("0301", "2026-03-12"), true, true));
        return documents;
    }

    private static NotePosted posted(boolean revealed, String text, Instant at) {
        return new NotePosted(
                UUID.randomUUID(),
                TENANT,
                WORKSHOP,
                true,
                TABLE,
                "meeting-points",
                NOTE,
                "entrepreneur-view",
                text,
                "SOCIAL_ENTREPRENEUR",
                revealed,
                at);
    }

    private static NotesRevealed revealed(String text, String zone, Instant at) {
        return new NotesRevealed(
                UUID.randomUUID(),
                TENANT,
                WORKSHOP,
                true,
                TABLE,
                "meeting-points",
                List.of(new NotesRevealed.RevealedNote(NOTE, zone, text, "SOCIAL_ENTREPRENEUR")),
                at);
    }

    private static NoteEdited edited(String text, Instant at) {
        return new NoteEdited(UUID.randomUUID(), TENANT, WORKSHOP, true, TABLE, NOTE, text, true, at);
    }

    private static NoteMoved moved(String zone, Instant at) {
        return new NoteMoved(UUID.randomUUID(), TENANT, WORKSHOP, true, TABLE, NOTE, zone, true, at);
    }

    private static NoteWithdrawn withdrawn(Instant at) {
        return new NoteWithdrawn(UUID.randomUUID(), TENANT, WORKSHOP, true, TABLE, NOTE, at);
    }

    private static NotesClustered clustered(String heading, Instant at) {
        return new NotesClustered(
                UUID.randomUUID(),
                TENANT,
                WORKSHOP,
                true,
                TABLE,
                "meeting-points",
                UUID.randomUUID(),
                heading,
                List.of(NOTE),
                at);
    }

    private static VotesCast votes(int votes, Instant at) {
        return new VotesCast(UUID.randomUUID(), TENANT, WORKSHOP, true, TABLE, NOTE, votes, at);
    }

    private static MythAssessed myth(UUID assessment, String lives, Instant at) {
        return new MythAssessed(
                UUID.randomUUID(), TENANT, WORKSHOP, true, TABLE, assessment, "myth-2", null, lives, "", at);
    }
}
