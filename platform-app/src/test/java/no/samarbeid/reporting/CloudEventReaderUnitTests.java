package no.samarbeid.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samarbeid.core.events.CloudEvent;
import no.samarbeid.core.events.CloudEventListeners;
import no.samarbeid.core.events.CloudEventReader;
import no.samarbeid.core.events.CloudEvents;
import no.samarbeid.core.events.DomainEvent;
import no.samarbeid.core.events.EventTypes;
import no.samarbeid.core.events.EventVersion;
import no.samarbeid.core.events.MalformedEventException;
import no.samarbeid.core.tenancy.events.TenantSharingChanged;
import no.samarbeid.workshops.events.WorkshopScheduled;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CloudEventReaderUnitTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final EventTypes TYPES = EventTypes.of(WorkshopScheduled.class, TenantSharingChanged.class);

    private final CloudEventReader reader = new CloudEventReader(JSON);
    private final WorkshopScheduled scheduled = new WorkshopScheduled(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "0301",
            UUID.randomUUID(),
            "Samarbeid om arbeidstrening",
            "Rådhuset",
            LocalDate.of(2026, 3, 12),
            true,
            Instant.parse("2026-01-15T09:30:00.123Z"));

    @Test
    void readsTheEventOfARecordWithRawHeaders() {
        Optional<CloudEvent> event =
                reader.read(record(CloudEventProducer.headers(scheduled, false), json(scheduled)), TYPES);

        assertThat(event).hasValueSatisfying(read -> {
            assertThat(read.id()).isEqualTo(scheduled.eventId().toString());
            assertThat(read.type()).isEqualTo("no.samarbeid.workshops.WorkshopScheduled.v1");
            assertThat(read.tenant()).isEqualTo(scheduled.tenantId().toString());
            assertThat(read.data()).isEqualTo(scheduled);
        });
    }

    @Test
    void readsHeadersThatAJsonHeaderMapperQuoted() {
        Optional<CloudEvent> event =
                reader.read(record(CloudEventProducer.headers(scheduled, true), json(scheduled)), TYPES);

        assertThat(event).map(CloudEvent::data).hasValue(scheduled);
    }

    @Test
    void ignoresFieldsItDoesNotKnowSoProducersMayAddFields() {
        String withMore = new String(json(scheduled), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"facilitatorCount\":2,\"room\":{\"floor\":3},");

        Optional<CloudEvent> event = reader.read(
                record(CloudEventProducer.headers(scheduled, false), withMore.getBytes(StandardCharsets.UTF_8)), TYPES);

        assertThat(event).map(CloudEvent::data).hasValue(scheduled);
    }

    @Test
    void skipsEventsOfTypesTheConsumerDoesNotKnow() {
        List<Header> headers = withHeader(
                CloudEventProducer.headers(scheduled, false), CloudEvents.TYPE, "no.samarbeid.workshops.NotePosted.v1");

        assertThat(reader.read(record(headers, json(scheduled)), TYPES)).isEmpty();
    }

    @Test
    void refusesDataThatIsNotJsonAsMalformed() {
        ConsumerRecord<String, byte[]> poison = record(
                CloudEventProducer.headers(scheduled, false),
                "{\"eventId\": not json".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> reader.read(poison, TYPES))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("is not a WorkshopScheduled");
    }

    @Test
    void refusesRecordsWithoutTypeOrIdAsMalformed() {
        for (String header : List.of(CloudEvents.TYPE, CloudEvents.ID)) {
            List<Header> headers = new ArrayList<>(CloudEventProducer.headers(scheduled, false));
            headers.removeIf(h -> h.key().equals(header));

            assertThatThrownBy(() -> reader.read(record(headers, json(scheduled)), TYPES))
                    .isInstanceOf(MalformedEventException.class)
                    .hasMessageContaining(header);
        }
    }

    @Test
    void refusesAnIdOrTenantThatDisagreesWithTheDataAsMalformed() {
        for (String header : List.of(CloudEvents.ID, CloudEvents.TENANT)) {
            List<Header> headers = withHeader(
                    CloudEventProducer.headers(scheduled, false),
                    header,
                    UUID.randomUUID().toString());

            assertThatThrownBy(() -> reader.read(record(headers, json(scheduled)), TYPES))
                    .isInstanceOf(MalformedEventException.class)
                    .hasMessageContaining(header);
        }
    }

    @Test
    void refusesDataWithoutTheEnvelopeFieldsAsMalformed() {
        byte[] withoutTenant =
                ("{\"eventId\":\"" + scheduled.eventId() + "\",\"title\":\"x\"}").getBytes(StandardCharsets.UTF_8);
        List<Header> headers = new ArrayList<>(CloudEventProducer.headers(scheduled, false));
        headers.removeIf(h -> h.key().equals(CloudEvents.TENANT));

        assertThatThrownBy(() -> reader.read(record(headers, withoutTenant), TYPES))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void mapsEachTypeIncludingItsVersionToItsRecord() {
        EventTypes types = EventTypes.of(WorkshopScheduled.class, Renamed.class);

        assertThat(types.find("no.samarbeid.workshops.WorkshopScheduled.v1")).contains(WorkshopScheduled.class);
        assertThat(types.find("no.samarbeid.reporting.Renamed.v2")).contains(Renamed.class);
        assertThat(types.find("no.samarbeid.reporting.Renamed.v1")).isEmpty();
    }

    @Test
    void refusesATypeListedTwice() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EventTypes.of(WorkshopScheduled.class, WorkshopScheduled.class));
    }

    @Test
    void namesTheDeadLetterTopicAfterTopicAndGroup() {
        assertThat(CloudEventListeners.deadLetterTopic("samarbeid.workshops", "reporting"))
                .isEqualTo("samarbeid.workshops.reporting.dlt");
    }

    @EventVersion(2)
    record Renamed(UUID eventId, UUID tenantId, Instant occurredAt) implements DomainEvent {}

    private static byte[] json(Object event) {
        return JSON.writeValueAsBytes(event);
    }

    private static List<Header> withHeader(List<Header> headers, String key, String value) {
        List<Header> changed = new ArrayList<>(headers);
        changed.removeIf(h -> h.key().equals(key));
        changed.add(new RecordHeader(key, value.getBytes(StandardCharsets.UTF_8)));
        return changed;
    }

    private static ConsumerRecord<String, byte[]> record(List<Header> headers, byte[] value) {
        return new ConsumerRecord<>(
                "samarbeid.workshops",
                0,
                42L,
                0L,
                TimestampType.CREATE_TIME,
                -1,
                value.length,
                "key",
                value,
                new RecordHeaders(headers),
                Optional.empty());
    }
}
