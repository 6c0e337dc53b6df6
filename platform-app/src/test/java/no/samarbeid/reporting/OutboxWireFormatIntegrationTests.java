package no.samarbeid.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.IntegrationTest;
import no.samarbeid.core.events.CloudEvent;
import no.samarbeid.core.events.CloudEventReader;
import no.samarbeid.core.events.CloudEvents;
import no.samarbeid.core.events.EventTypes;
import no.samarbeid.core.tenancy.events.TenantOnboarded;
import no.samarbeid.infra.stack.Ports;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The contract from the producing side: what core's outbox actually writes to Kafka (Spring Modulith externalization
 * through Spring Kafka) is read back by the consumers' reader as the same event.
 */
@IntegrationTest
class OutboxWireFormatIntegrationTests {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    CloudEventReader reader;

    @Test
    void anEventPublishedThroughTheOutboxIsReadBackAsTheSameCloudEvent() {
        var onboarded = new TenantOnboarded(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "0301",
                "Oslo",
                false,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));

        transaction.executeWithoutResult(status -> events.publishEvent(onboarded));

        ConsumerRecord<String, byte[]> record =
                awaitRecord("samarbeid.core", onboarded.eventId().toString());
        for (Header header : record.headers()) {
            System.out.println("WIRE " + header.key() + " = " + new String(header.value(), StandardCharsets.UTF_8));
        }
        System.out.println(
                "WIRE key = " + record.key() + " value = " + new String(record.value(), StandardCharsets.UTF_8));
        CloudEvent event =
                reader.read(record, EventTypes.of(TenantOnboarded.class)).orElseThrow();
        assertThat(event.type()).isEqualTo("no.samarbeid.core.TenantOnboarded.v1");
        assertThat(event.tenant()).isEqualTo(onboarded.tenantId().toString());
        assertThat(event.data()).isEqualTo(onboarded);
        assertThat(record.key()).isEqualTo(onboarded.tenantId().toString());
    }

    private static ConsumerRecord<String, byte[]> awaitRecord(String topic, String eventId) {
        try (var consumer = new KafkaConsumer<String, byte[]>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                Ports.HOST + ":" + Ports.kafka(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "wire-format-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            while (found.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    Header id = record.headers().lastHeader(CloudEvents.ID);
                    if (id != null && new String(id.value(), StandardCharsets.UTF_8).contains(eventId)) {
                        found.add(record);
                    }
                });
            }
            assertThat(found).as("record of event %s on %s", eventId, topic).isNotEmpty();
            return found.get(0);
        }
    }
}
