package no.samarbeid.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.core.events.CloudEvents;
import no.samarbeid.infra.stack.Ports;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code samarbeid.workshops} topic read from the start by a plain Kafka consumer of a fresh group. */
public final class WorkshopEvents {

    public static final String TOPIC = "samarbeid.workshops";
    private static final String TYPES = "no.samarbeid.workshops.";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WorkshopEvents() {}

    /**
     * The JSON data of the events of the given types (e.g. {@code NotePosted.v1}) whose value mentions {@code
     * mentioning}, by type (the latest of each), read for up to a minute until all types were found. Asserts
     * nothing: whatever was found by then.
     */
    public static Map<String, JsonNode> await(String group, String mentioning, List<String> types) {
        Map<String, JsonNode> found = new HashMap<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                Ports.HOST + ":" + Ports.kafka(),
                ConsumerConfig.GROUP_ID_CONFIG,
                group + "-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class))) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (found.size() < types.size() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    Header type = record.headers().lastHeader(CloudEvents.TYPE);
                    if (type != null && record.value() != null && record.value().contains(mentioning)) {
                        String name = new String(type.value(), StandardCharsets.UTF_8).replace(TYPES, "");
                        if (types.contains(name)) {
                            found.put(name, JSON.readTree(record.value()));
                        }
                    }
                });
            }
        }
        return found;
    }
}
