package no.samarbeid.reporting.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.samarbeid.reporting.consumed.CollaborationFact;
import no.samarbeid.reporting.consumed.CollaborationStarted;
import org.junit.jupiter.api.Test;

/** A collaboration's document ends the same whatever the order of its events and however often each arrives. */
class CollaborationDocumentUnitTests {

    private static final UUID TENANT = UUID.randomUUID();
    private static final UUID COLLABORATION = UUID.randomUUID();
    private static final Instant START = Instant.parse("2026-03-31T22:30:00Z");

    private final CollaborationStarted started =
            new CollaborationStarted(UUID.randomUUID(), TENANT, COLLABORATION, true, "helse", "IDEA", START);
    private final Moved piloted =
            new Moved(UUID.randomUUID(), TENANT, COLLABORATION, true, "helse", "PILOT", START.plusSeconds(60));
    private final Moved unshared = new Moved(
            UUID.randomUUID(), TENANT, COLLABORATION, false, "oppvekst og ungdom", "AGREEMENT", START.plusSeconds(120));

    @Test
    void theNewestEventDecidesStageThemeAndSharingInAnyOrder() {
        CollaborationDocument inOrder = applied(List.of(started, piloted, unshared));
        CollaborationDocument reversed = applied(List.of(unshared, piloted, started));
        CollaborationDocument twice = applied(List.of(piloted, unshared, started, piloted, started, unshared));

        for (CollaborationDocument document : List.of(inOrder, reversed, twice)) {
            assertThat(document.stage).isEqualTo("AGREEMENT");
            assertThat(document.theme).isEqualTo("oppvekst og ungdom");
            assertThat(document.shared).isFalse();
            assertThat(document.stateAt).isEqualTo(unshared.occurredAt().toString());
            assertThat(document.startedOn).as("the day in Norway").isEqualTo("2026-04-01");
        }
    }

    @Test
    void anOlderOrRepeatedEventChangesNothing() {
        CollaborationDocument document = applied(List.of(piloted));

        assertThat(document.apply(started)).as("sets only the start day").isTrue();
        assertThat(document.stage).isEqualTo("PILOT");
        assertThat(document.apply(started)).isFalse();
        assertThat(document.apply(piloted)).isFalse();
    }

    /** A stage change as the document sees it (reporting's own record of it is the consumed package's). */
    private record Moved(
            UUID eventId,
            UUID tenantId,
            UUID collaborationId,
            boolean shared,
            String theme,
            String stage,
            Instant occurredAt)
            implements CollaborationFact {}

    private static CollaborationDocument applied(List<CollaborationFact> events) {
        CollaborationDocument document = CollaborationDocument.of(events.get(0));
        events.forEach(document::apply);
        return document;
    }
}
