package no.samarbeid.reporting;

import static no.samarbeid.reporting.ReportingFixture.WORKSHOPS;
import static no.samarbeid.reporting.ReportingFixture.eventually;
import static no.samarbeid.reporting.ReportingFixture.now;
import static no.samarbeid.reporting.ReportingFixture.tag;
import static no.samarbeid.reporting.ReportingFixture.workshop;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import no.samarbeid.IntegrationTest;
import no.samarbeid.core.events.CloudEventListeners;
import no.samarbeid.core.events.CloudEvents;
import no.samarbeid.core.events.MalformedEventException;
import no.samarbeid.infra.stack.Ports;
import no.samarbeid.workshops.events.WorkshopScheduled;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Reporting's consumer contract on {@code samarbeid.workshops}: idempotent (duplicates and stale events change
 * nothing), and a record it cannot process goes to {@code samarbeid.workshops.reporting.dlt} without blocking the
 * records after it on its partition.
 */
@IntegrationTest
class WorkshopEventConsumerIntegrationTests {

    private static final String DEAD_LETTERS = CloudEventListeners.deadLetterTopic(WORKSHOPS, "reporting");

    private final ReportingFixture fixture = new ReportingFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anEventDeliveredAgainOrAStaleEventLeavesTheDocumentExactlyAsItWas() {
        String tag = tag();
        UUID tenant = fixture.onboard("5001", true, now());
        WorkshopScheduled scheduled = workshop(tenant, "5001", "Samarbeid om arbeidstrening " + tag, true);
        JsonNode applied = fixture.schedule(scheduled);

        fixture.producer.send(WORKSHOPS, scheduled);
        fixture.producer.sendQuoted(WORKSHOPS, scheduled);
        fixture.producer.send(
                WORKSHOPS,
                new WorkshopScheduled(
                        UUID.randomUUID(),
                        tenant,
                        "5001",
                        scheduled.workshopId(),
                        "Gammel tittel " + tag,
                        "Et annet sted",
                        scheduled.date(),
                        false,
                        scheduled.occurredAt().minusSeconds(3600)));
        // Same key, same partition: once this is applied, so are the three before it.
        fixture.schedule(workshop(tenant, "5001", "Markør " + tag, true));

        JsonNode after = ReportingApi.workshopDocument(scheduled.workshopId());
        assertThat(after.path("_version").asLong()).isEqualTo(1);
        assertThat(after.path("_seq_no")).isEqualTo(applied.path("_seq_no"));
        assertThat(after.path("_source")).isEqualTo(applied.path("_source"));
        assertThat(after.path("_source").path("eventId").asString())
                .isEqualTo(scheduled.eventId().toString());
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAtOnceAndTheRecordAfterItIsStillIndexed() {
        UUID tenant = UUID.randomUUID();
        String poisonId = UUID.randomUUID().toString();
        byte[] poison = "{\"eventId\": not json".getBytes(StandardCharsets.UTF_8);
        fixture.producer.send(WORKSHOPS, tenant.toString(), headers(poisonId, tenant), poison);
        WorkshopScheduled next = workshop(tenant, "0301", "Etter giftpillen " + tag(), true);

        fixture.schedule(next);

        ConsumerRecord<String, byte[]> dead = awaitDeadLetter(poisonId);
        assertThat(dead.value()).isEqualTo(poison);
        assertThat(dead.key()).isEqualTo(tenant.toString());
        assertThat(header(dead, "kafka_dlt-exception-cause-fqcn")).contains(MalformedEventException.class.getName());
        assertThat(header(dead, "kafka_dlt-original-topic")).contains(WORKSHOPS);
    }

    @Test
    void anEventThatKeepsFailingIsRetriedThenDeadLetteredWithoutBlockingItsPartition() {
        UUID tenant = UUID.randomUUID();
        WorkshopScheduled withoutWorkshop =
                new WorkshopScheduled(UUID.randomUUID(), tenant, "0301", null, "Uten id", null, null, true, now());
        fixture.producer.send(WORKSHOPS, withoutWorkshop);
        WorkshopScheduled next = workshop(tenant, "0301", "Etter feilen " + tag(), true);

        fixture.schedule(next);

        ConsumerRecord<String, byte[]> dead =
                awaitDeadLetter(withoutWorkshop.eventId().toString());
        assertThat(header(dead, "kafka_dlt-exception-cause-fqcn")).contains(NullPointerException.class.getName());
    }

    private static List<Header> headers(String id, UUID tenant) {
        return Map.of(
                        CloudEvents.ID, id,
                        CloudEvents.TYPE, "no.samarbeid.workshops.WorkshopScheduled.v1",
                        CloudEvents.SOURCE, "/samarbeid/workshops",
                        CloudEvents.SPEC_VERSION, "1.0",
                        CloudEvents.TENANT, tenant.toString(),
                        CloudEvents.CONTENT_TYPE, "application/json")
                .entrySet()
                .stream()
                .map(header -> (Header)
                        new RecordHeader(header.getKey(), header.getValue().getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    private static Optional<String> header(ConsumerRecord<?, ?> record, String key) {
        return Optional.ofNullable(record.headers().lastHeader(key))
                .map(header -> new String(header.value(), StandardCharsets.UTF_8));
    }

    private static ConsumerRecord<String, byte[]> awaitDeadLetter(String eventId) {
        try (var consumer = new KafkaConsumer<String, byte[]>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                Ports.HOST + ":" + Ports.kafka(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "dead-letter-check-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class))) {
            consumer.subscribe(List.of(DEAD_LETTERS));
            var found = new AtomicReference<ConsumerRecord<String, byte[]>>();
            eventually().pollInterval(Duration.ofMillis(1)).until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (header(record, CloudEvents.ID).filter(eventId::equals).isPresent()) {
                        found.set(record);
                    }
                }
                return found.get() != null;
            });
            return found.get();
        }
    }
}
