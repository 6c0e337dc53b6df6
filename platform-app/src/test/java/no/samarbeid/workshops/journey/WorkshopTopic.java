package no.samarbeid.workshops.journey;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import no.samarbeid.core.events.CloudEvents;
import no.samarbeid.infra.stack.Ports;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code samarbeid.workshops} topic read as an outside consumer would, with a plain Kafka consumer: it remembers
 * the end of every partition when created and later reads from there the records of given workshops.
 */
final class WorkshopTopic {

    static final String TOPIC = "samarbeid.workshops";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * A record as it was on the topic: where, its key, its headers as text (unquoted) and as sent, its raw value and
     * its JSON.
     */
    record Received(
            int partition,
            long offset,
            @Nullable String key,
            Map<String, String> headers,
            Map<String, String> rawHeaders,
            String value,
            JsonNode data) {

        /** The event's name and version from {@code ce_type}, e.g. {@code NotePosted.v1}. */
        String type() {
            String type = headers.getOrDefault(CloudEvents.TYPE, "");
            return type.startsWith("no.samarbeid.workshops.")
                    ? type.substring("no.samarbeid.workshops.".length())
                    : type;
        }

        String name() {
            String type = type();
            return type.contains(".") ? type.substring(0, type.indexOf('.')) : type;
        }

        /** Everything the record carries, as text. */
        String text() {
            return key + " " + rawHeaders + " " + value;
        }
    }

    private final Map<TopicPartition, Long> start;

    private WorkshopTopic(Map<TopicPartition, Long> start) {
        this.start = start;
    }

    /** The topic from its current end: what is published from now on. */
    static WorkshopTopic fromNow() {
        try (var consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition()))
                    .toList();
            return new WorkshopTopic(new LinkedHashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(10))));
        }
    }

    /**
     * The records since creation whose data belongs to one of the workshops, in partition order, read until {@code
     * enough} holds for them or {@code within} has passed.
     */
    List<Received> read(Set<String> workshopIds, Predicate<List<Received>> enough, Duration within) {
        List<Received> found = new ArrayList<>();
        try (var consumer = consumer()) {
            consumer.assign(start.keySet());
            start.forEach(consumer::seek);
            long deadline = System.nanoTime() + within.toNanos();
            while (!enough.test(found) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (record.value() == null) {
                        return;
                    }
                    JsonNode data = JSON.readTree(record.value());
                    if (!workshopIds.contains(data.path("workshopId").asString())) {
                        return;
                    }
                    Map<String, String> headers = new LinkedHashMap<>();
                    Map<String, String> raw = new LinkedHashMap<>();
                    for (Header header : record.headers()) {
                        headers.put(header.key(), text(header.value()));
                        raw.put(
                                header.key(),
                                header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8));
                    }
                    found.add(new Received(
                            record.partition(), record.offset(), record.key(), headers, raw, record.value(), data));
                });
            }
        }
        return found;
    }

    /** A header's text; a value the producer's header mapper wrote as a JSON string is unquoted. */
    static String text(byte @Nullable [] value) {
        if (value == null) {
            return "";
        }
        String text = new String(value, StandardCharsets.UTF_8);
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return JSON.readValue(text, String.class);
        }
        return text;
    }

    private static KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                Ports.HOST + ":" + Ports.kafka(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "journey-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class));
    }
}
