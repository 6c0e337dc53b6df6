package no.samarbeid.reporting;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import no.samarbeid.core.events.CloudEvents;
import no.samarbeid.core.events.DomainEvent;
import no.samarbeid.infra.stack.Ports;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Produces CloudEvents binary-mode records with a plain Kafka producer, as any producer of the contract would:
 * {@code ce_*} headers, JSON data, the tenant as key. Tests the consumers independently of the producing modules.
 */
final class CloudEventProducer implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            Ports.HOST + ":" + Ports.kafka(),
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
            StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
            ByteArraySerializer.class));

    /** Sends an event with raw header values, as the CloudEvents Kafka binding writes them. */
    void send(String topic, DomainEvent event) {
        send(topic, event.tenantId().toString(), headers(event, false), JSON.writeValueAsBytes(event));
    }

    /** Sends an event with JSON-quoted header values, as a JSON header mapper may write them. */
    void sendQuoted(String topic, DomainEvent event) {
        send(topic, event.tenantId().toString(), headers(event, true), JSON.writeValueAsBytes(event));
    }

    /** Sends a record as given, e.g. a poison one. */
    void send(String topic, String key, List<Header> headers, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, null, key, value, headers))
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    static List<Header> headers(DomainEvent event, boolean quoted) {
        return CloudEvents.headers(event).entrySet().stream()
                .map(header -> (Header) new RecordHeader(
                        header.getKey(),
                        (quoted ? JSON.writeValueAsString(header.getValue()) : String.valueOf(header.getValue()))
                                .getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    @Override
    public void close() {
        producer.close();
    }
}
