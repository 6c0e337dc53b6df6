package no.samarbeid.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samarbeid.core.tenancy.events.TenantSharingChanged;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CloudEvents envelope: what {@link CloudEvents} writes is read by the CloudEvents SDK (an independent check of
 * the binary-mode contract), and {@link CloudEventReader} reads both our records and what the SDK writes.
 */
class CloudEventReaderUnitTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final EventTypes TYPES = EventTypes.of(TenantSharingChanged.class);
    private static final String TYPE = "no.samarbeid.core.TenantSharingChanged.v1";

    private final CloudEventReader reader = new CloudEventReader(JSON);
    private final TenantSharingChanged changed = new TenantSharingChanged(
            UUID.randomUUID(), UUID.randomUUID(), "0301", true, Instant.parse("2026-01-15T09:30:00.120Z"));

    @Test
    void theCloudEventsSdkReadsTheEnvelopeWeWrite() {
        io.cloudevents.CloudEvent read = KafkaMessageFactory.createReader(
                        new RecordHeaders(headers(changed, false)), json(changed))
                .toEvent();

        assertThat(read.getSpecVersion().toString()).isEqualTo("1.0");
        assertThat(read.getId()).isEqualTo(changed.eventId().toString());
        assertThat(read.getSource()).isEqualTo(URI.create("/samarbeid/core"));
        assertThat(read.getType()).isEqualTo(TYPE);
        assertThat(read.getTime()).isEqualTo(changed.occurredAt().atOffset(ZoneOffset.UTC));
        assertThat(read.getExtension("tenant")).isEqualTo(changed.tenantId().toString());
        assertThat(read.getDataContentType()).isEqualTo("application/json");
        assertThat(read.getData().toBytes()).isEqualTo(json(changed));
    }

    @Test
    void readsWhatTheCloudEventsSdkWrites() {
        ProducerRecord<Void, byte[]> written = KafkaMessageFactory.createWriter("samarbeid.core")
                .writeBinary(CloudEventBuilder.v1()
                        .withId(changed.eventId().toString())
                        .withSource(URI.create("/samarbeid/core"))
                        .withType(TYPE)
                        .withTime(changed.occurredAt().atOffset(ZoneOffset.UTC))
                        .withExtension("tenant", changed.tenantId().toString())
                        .withDataContentType("application/json")
                        .withData(json(changed))
                        .build());
        List<Header> headers = new ArrayList<>();
        written.headers().forEach(headers::add);

        assertThat(reader.read(record(headers, written.value()), TYPES))
                .map(CloudEvent::data)
                .hasValue(changed);
    }

    @Test
    void readsTheEventOfARecordWithRawHeaders() {
        Optional<CloudEvent> event = reader.read(record(headers(changed, false), json(changed)), TYPES);

        assertThat(event).hasValueSatisfying(read -> {
            assertThat(read.id()).isEqualTo(changed.eventId().toString());
            assertThat(read.type()).isEqualTo(TYPE);
            assertThat(read.tenant()).isEqualTo(changed.tenantId().toString());
            assertThat(read.data()).isEqualTo(changed);
        });
    }

    @Test
    void readsHeadersThatAJsonHeaderMapperQuoted() {
        Optional<CloudEvent> event = reader.read(record(headers(changed, true), json(changed)), TYPES);

        assertThat(event).map(CloudEvent::data).hasValue(changed);
    }

    @Test
    void ignoresFieldsItDoesNotKnowSoProducersMayAddFields() {
        String withMore = new String(json(changed), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"facilitatorCount\":2,\"room\":{\"floor\":3},");

        Optional<CloudEvent> event =
                reader.read(record(headers(changed, false), withMore.getBytes(StandardCharsets.UTF_8)), TYPES);

        assertThat(event).map(CloudEvent::data).hasValue(changed);
    }

    @Test
    void skipsEventsOfTypesTheConsumerDoesNotKnow() {
        List<Header> headers =
                withHeader(headers(changed, false), CloudEvents.TYPE, "no.samarbeid.workshops.NotePosted.v1");

        assertThat(reader.read(record(headers, json(changed)), TYPES)).isEmpty();
    }

    @Test
    void refusesDataThatIsNotJsonAsMalformed() {
        ConsumerRecord<String, byte[]> poison =
                record(headers(changed, false), "{\"eventId\": not json".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> reader.read(poison, TYPES))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("is not a TenantSharingChanged");
    }

    @Test
    void refusesRecordsWithoutTypeOrIdAsMalformed() {
        for (String header : List.of(CloudEvents.TYPE, CloudEvents.ID)) {
            List<Header> headers = new ArrayList<>(headers(changed, false));
            headers.removeIf(h -> h.key().equals(header));

            assertThatThrownBy(() -> reader.read(record(headers, json(changed)), TYPES))
                    .isInstanceOf(MalformedEventException.class)
                    .hasMessageContaining(header);
        }
    }

    @Test
    void refusesAnIdOrTenantThatDisagreesWithTheDataAsMalformed() {
        for (String header : List.of(CloudEvents.ID, CloudEvents.TENANT)) {
            List<Header> headers = withHeader(
                    headers(changed, false), header, UUID.randomUUID().toString());

            assertThatThrownBy(() -> reader.read(record(headers, json(changed)), TYPES))
                    .isInstanceOf(MalformedEventException.class)
                    .hasMessageContaining(header);
        }
    }

    @Test
    void refusesDataWithoutTheEnvelopeFieldsAsMalformed() {
        byte[] withoutTenant =
                ("{\"eventId\":\"" + changed.eventId() + "\",\"title\":\"x\"}").getBytes(StandardCharsets.UTF_8);
        List<Header> headers = new ArrayList<>(headers(changed, false));
        headers.removeIf(h -> h.key().equals(CloudEvents.TENANT));

        assertThatThrownBy(() -> reader.read(record(headers, withoutTenant), TYPES))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void mapsEachTypeIncludingItsVersionToItsRecord() {
        EventTypes types = EventTypes.of(TenantSharingChanged.class, Renamed.class);

        assertThat(types.find(TYPE)).contains(TenantSharingChanged.class);
        assertThat(types.find("no.samarbeid.core.Renamed.v2")).contains(Renamed.class);
        assertThat(types.find("no.samarbeid.core.Renamed.v1")).isEmpty();
    }

    @Test
    void refusesATypeListedTwice() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EventTypes.of(TenantSharingChanged.class, TenantSharingChanged.class));
    }

    @Test
    void namesTheDeadLetterTopicAfterTopicAndGroup() {
        assertThat(CloudEventListeners.deadLetterTopic("samarbeid.workshops", "reporting"))
                .isEqualTo("samarbeid.workshops.reporting.dlt");
    }

    @EventVersion(2)
    record Renamed(UUID eventId, UUID tenantId, Instant occurredAt) implements DomainEvent {}

    /** The headers as a producer writes them: raw text, or JSON-quoted as a JSON header mapper may. */
    private static List<Header> headers(DomainEvent event, boolean quoted) {
        return CloudEvents.headers(event).entrySet().stream()
                .map(header -> (Header) new RecordHeader(
                        header.getKey(),
                        (quoted ? JSON.writeValueAsString(header.getValue()) : String.valueOf(header.getValue()))
                                .getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

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
                "samarbeid.core",
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
