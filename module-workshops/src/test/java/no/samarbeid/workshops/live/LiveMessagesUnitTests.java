package no.samarbeid.workshops.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import no.samarbeid.workshops.events.NoteEdited;
import no.samarbeid.workshops.events.NoteMoved;
import no.samarbeid.workshops.events.NotePosted;
import no.samarbeid.workshops.events.NoteWithdrawn;
import no.samarbeid.workshops.events.NotesRevealed;
import no.samarbeid.workshops.events.PhaseChanged;
import no.samarbeid.workshops.events.RevealedNote;
import no.samarbeid.workshops.events.VotesCast;
import no.samarbeid.workshops.events.WorkshopCompleted;
import no.samarbeid.workshops.events.WorkshopEvent;
import no.samarbeid.workshops.events.WorkshopScheduled;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What each audience of a live stream receives of each kind of event: the privacy rules of the live board. */
class LiveMessagesUnitTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final UUID TENANT = UUID.randomUUID();
    private static final UUID WORKSHOP = UUID.randomUUID();
    private static final UUID TABLE = UUID.randomUUID();
    private static final UUID OTHER_TABLE = UUID.randomUUID();
    private static final String AUTHOR = "p-author";
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private final LiveMessages messages = new LiveMessages(JSON, new StaticMessageSource());
    private final LiveNotes notes = new LiveNotes();
    private final LiveAudience author = LiveAudience.participant(TENANT, WORKSHOP, TABLE, AUTHOR);
    private final LiveAudience peer = LiveAudience.participant(TENANT, WORKSHOP, TABLE, "p-peer");
    private final LiveAudience elsewhere = LiveAudience.participant(TENANT, WORKSHOP, OTHER_TABLE, "p-other");
    private final LiveAudience facilitatorAtTable = LiveAudience.facilitatorAt(TENANT, WORKSHOP, TABLE);
    private final LiveAudience plenary = LiveAudience.plenary(TENANT, WORKSHOP);
    private long offset;

    @Test
    void anUnrevealedNoteIsWholeOnlyForItsAuthorAndFacilitatorsAndNeverNamesItsAuthor() {
        UUID note = UUID.randomUUID();
        LiveRecord posted = classify(posted(note, false));

        JsonNode own = json(render(posted, author));
        assertThat(own.path("text").asString()).isEqualTo("Hemmelig");
        assertThat(own.path("mine").asBoolean()).isTrue();
        for (LiveAudience facilitator : List.of(facilitatorAtTable, plenary)) {
            JsonNode seen = json(render(posted, facilitator));
            assertThat(seen.path("text").asString()).isEqualTo("Hemmelig");
            assertThat(seen.has("mine")).isFalse();
        }
        LiveMessage count = render(posted, peer).orElseThrow();
        assertThat(count.name()).isEqualTo(LiveMessages.NOTE_WRITTEN);
        assertThat(count.data()).doesNotContain("Hemmelig").doesNotContain(note.toString());
        assertThat(render(posted, elsewhere)).isEmpty();
        for (LiveAudience audience : List.of(author, peer, facilitatorAtTable, plenary)) {
            render(posted, audience)
                    .ifPresent(message -> assertThat(message.data())
                            .doesNotContain(AUTHOR)
                            .doesNotContainIgnoringCase("pseudonym")
                            .doesNotContain(TENANT.toString())
                            .doesNotContain("\"shared\""));
        }
    }

    @Test
    void changesOfAnUnrevealedNoteFollowItsAuthorAndAWithdrawalOnlyLowersThePeersCount() {
        UUID note = UUID.randomUUID();
        classify(posted(note, false));
        LiveRecord edited = classify(new NoteEdited(
                UUID.randomUUID(), TENANT, WORKSHOP, true, TABLE, note, "Endret hemmelighet", false, NOW));
        LiveRecord moved =
                classify(new NoteMoved(UUID.randomUUID(), TENANT, WORKSHOP, true, TABLE, note, "z2", false, NOW));
        LiveRecord withdrawn =
                classify(new NoteWithdrawn(UUID.randomUUID(), TENANT, WORKSHOP, true, TABLE, note, false, NOW));

        assertThat(json(render(edited, author)).path("text").asString()).isEqualTo("Endret hemmelighet");
        assertThat(json(render(edited, plenary)).path("text").asString()).isEqualTo("Endret hemmelighet");
        assertThat(render(edited, peer)).isEmpty();
        assertThat(render(moved, author)).isPresent();
        assertThat(render(moved, peer)).isEmpty();
        assertThat(json(render(withdrawn, author)).path("noteId").asString()).isEqualTo(note.toString());
        LiveMessage lower = render(withdrawn, peer).orElseThrow();
        assertThat(lower.name()).isEqualTo(LiveMessages.NOTE_WITHDRAWN);
        assertThat(lower.data()).doesNotContain(note.toString());
    }

    @Test
    void aChangeOfAnUnrevealedNoteWhoseAuthorIsUnknownReachesOnlyFacilitators() {
        LiveRecord edited = classify(new NoteEdited(
                UUID.randomUUID(), TENANT, WORKSHOP, true, TABLE, UUID.randomUUID(), "Ukjent", false, NOW));

        assertThat(render(edited, author)).isEmpty();
        assertThat(render(edited, peer)).isEmpty();
        assertThat(render(edited, plenary)).isPresent();
    }

    @Test
    void revealedNotesAndTheirChangesReachTheWholeTableWithoutAuthors() {
        UUID note = UUID.randomUUID();
        classify(posted(note, false));
        LiveRecord revealed = classify(new NotesRevealed(
                UUID.randomUUID(),
                TENANT,
                WORKSHOP,
                true,
                TABLE,
                "why",
                List.of(new RevealedNote(note, "z1", "Hemmelig", "MUNICIPALITY")),
                NOW));
        LiveRecord edited =
                classify(new NoteEdited(UUID.randomUUID(), TENANT, WORKSHOP, true, TABLE, note, "Åpen", true, NOW));
        LiveRecord votes =
                classify(new VotesCast(UUID.randomUUID(), TENANT, WORKSHOP, true, TABLE, note, 2, AUTHOR, NOW));
        LiveRecord late = classify(posted(UUID.randomUUID(), true));

        assertThat(json(render(revealed, peer))
                        .path("notes")
                        .get(0)
                        .path("text")
                        .asString())
                .isEqualTo("Hemmelig");
        assertThat(json(render(edited, peer)).path("text").asString()).isEqualTo("Åpen");
        JsonNode counted = json(render(votes, peer));
        assertThat(counted.path("votes").asInt()).isEqualTo(2);
        assertThat(counted.has("voterPseudonym")).isFalse();
        assertThat(json(render(late, peer)).has("authorPseudonym")).isFalse();
        assertThat(json(render(late, author)).path("mine").asBoolean()).isTrue();
        assertThat(render(revealed, elsewhere)).isEmpty();
    }

    @Test
    void workshopWideEventsReachEveryTableButAdministrativeOnesOnlyThePlenary() {
        LiveRecord phase = classify(
                new PhaseChanged(UUID.randomUUID(), TENANT, WORKSHOP, true, TABLE, "why", "REVEAL", null, NOW));
        LiveRecord completed = classify(new WorkshopCompleted(UUID.randomUUID(), TENANT, WORKSHOP, true, NOW));
        LiveRecord scheduled = classify(new WorkshopScheduled(
                UUID.randomUUID(), TENANT, "0301", WORKSHOP, "Tittel", "Sted", LocalDate.of(2026, 12, 1), true, NOW));

        assertThat(render(phase, peer)).isPresent();
        assertThat(render(phase, elsewhere)).isEmpty();
        assertThat(render(phase, plenary)).isPresent();
        assertThat(render(completed, elsewhere).orElseThrow().name()).isEqualTo("WorkshopCompleted");
        assertThat(render(scheduled, peer)).isEmpty();
        assertThat(render(scheduled, facilitatorAtTable)).isEmpty();
        assertThat(render(scheduled, plenary)).isPresent();
    }

    @Test
    void aRecordKeepsItsKafkaPositionAsId() {
        LiveRecord phase = classify(
                new PhaseChanged(UUID.randomUUID(), TENANT, WORKSHOP, true, TABLE, "why", "READING", null, NOW));

        assertThat(render(phase, peer).orElseThrow().id()).isEqualTo("3-" + offset);
        assertThat(LiveEventId.parse("3-" + offset)).contains(new LiveEventId(3, offset));
        assertThat(LiveEventId.parse("3:1")).isEmpty();
        assertThat(LiveEventId.parse(null)).isEmpty();
    }

    @Test
    void aResetNamesItsReasonAndTheReadyEventCarriesThePosition() {
        LiveMessage reset = messages.reset("expired", Locale.forLanguageTag("nb"));
        LiveMessage ready = messages.ready(peer, new LiveEventId(1, 41));

        assertThat(reset.id()).isNull();
        assertThat(json(Optional.of(reset)).path("reason").asString()).isEqualTo("expired");
        assertThat(ready.id()).isEqualTo("1-41");
        assertThat(json(Optional.of(ready)).path("view").asString()).isEqualTo("participant");
    }

    private NotePosted posted(UUID note, boolean revealed) {
        return new NotePosted(
                UUID.randomUUID(),
                TENANT,
                WORKSHOP,
                true,
                TABLE,
                "why",
                note,
                "z1",
                "Hemmelig",
                AUTHOR,
                "MUNICIPALITY",
                revealed,
                NOW);
    }

    private LiveRecord classify(WorkshopEvent event) {
        return notes.classify(new LiveEventId(3, ++offset), NOW.toEpochMilli(), event);
    }

    private Optional<LiveMessage> render(LiveRecord record, LiveAudience audience) {
        return messages.render(record, audience);
    }

    private static JsonNode json(Optional<LiveMessage> message) {
        return JSON.readTree(message.orElseThrow().data());
    }
}
