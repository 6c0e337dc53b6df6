package no.samarbeid.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventTypesUnitTests {

    /** A consumer's own reading of another module's event: only the fields it needs. */
    record NotePostedAsRead(UUID eventId, UUID tenantId, Instant occurredAt, String text) implements DomainEvent {}

    @Test
    void readsAnotherModulesEventTypeAsTheConsumersOwnRecord() {
        EventTypes types = EventTypes.none().and("no.samarbeid.workshops.NotePosted.v1", NotePostedAsRead.class);

        assertThat(types.find("no.samarbeid.workshops.NotePosted.v1")).contains(NotePostedAsRead.class);
        assertThat(types.find("no.samarbeid.workshops.NotePosted.v2")).isEmpty();
        assertThat(types.types()).containsExactly("no.samarbeid.workshops.NotePosted.v1");
    }

    @Test
    void refusesTheSameTypeTwice() {
        EventTypes types = EventTypes.none().and("no.samarbeid.workshops.NotePosted.v1", NotePostedAsRead.class);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> types.and("no.samarbeid.workshops.NotePosted.v1", NotePostedAsRead.class));
    }
}
