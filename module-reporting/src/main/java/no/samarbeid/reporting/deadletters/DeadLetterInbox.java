package no.samarbeid.reporting.deadletters;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import no.samarbeid.core.events.CloudEventListeners;
import no.samarbeid.core.web.NotFoundException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads reporting's dead-letter topics from the beginning (no consumer group: reading commits nothing) and replays a
 * parked event to its original topic with its key and CloudEvents headers; a replay is recorded in
 * {@code reporting.dead_letter_replay} so it no longer counts as waiting.
 */
@Component
class DeadLetterInbox {

    static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";
    static final String EXCEPTION = "kafka_dlt-exception-message";
    private static final Duration POLL = Duration.ofMillis(500);

    private final Map<String, Object> consumerProperties;
    private final Map<String, Object> producerProperties;
    private final List<String> topics;
    private final JdbcClient jdbc;

    DeadLetterInbox(
            KafkaProperties kafka,
            JdbcClient jdbc,
            @Value("${samarbeid.reporting.consumer-group:reporting}") String group) {
        this.consumerProperties = new HashMap<>(kafka.buildConsumerProperties());
        consumerProperties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumerProperties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.producerProperties = new HashMap<>(kafka.buildProducerProperties());
        this.topics = List.of(
                CloudEventListeners.deadLetterTopic("samarbeid.workshops", group),
                CloudEventListeners.deadLetterTopic("samarbeid.core", group),
                CloudEventListeners.deadLetterTopic("samarbeid.impact", group));
        this.jdbc = jdbc;
    }

    List<DeadLetter> all() {
        Set<String> replayed = replayed();
        List<DeadLetter> letters = new ArrayList<>();
        read(record -> letters.add(letter(record, replayed)));
        return letters;
    }

    long waiting() {
        return all().stream().filter(letter -> !letter.replayed()).count();
    }

    /** Sends the parked event back to its original topic and records the replay. */
    DeadLetter replay(String topic, int partition, long offset, String operator) {
        if (!topics.contains(topic)) {
            throw new NotFoundException("dead-letter");
        }
        ConsumerRecord<String, byte[]> record =
                find(topic, partition, offset).orElseThrow(() -> new NotFoundException("dead-letter"));
        String original = header(record, ORIGINAL_TOPIC);
        if (original == null) {
            throw new NotFoundException("dead-letter");
        }
        List<Header> headers = new ArrayList<>();
        record.headers().forEach(header -> {
            if (!header.key().startsWith("kafka_dlt")) {
                headers.add(new RecordHeader(header.key(), header.value()));
            }
        });
        try (var producer =
                new KafkaProducer<>(producerProperties, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(original, null, record.key(), record.value(), headers))
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Replay of " + topic + "-" + partition + "@" + offset + " failed", e);
        }
        jdbc.sql("insert into reporting.dead_letter_replay (id, topic, partition, record_offset, replayed_at,"
                        + " replayed_by) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), topic, partition, offset, java.sql.Timestamp.from(Instant.now()), operator)
                .update();
        return letter(record, Set.of(key(topic, partition, offset)));
    }

    private Optional<ConsumerRecord<String, byte[]>> find(String topic, int partition, long offset) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        read(record -> {
            if (record.topic().equals(topic) && record.partition() == partition && record.offset() == offset) {
                found.add(record);
            }
        });
        return found.stream().findFirst();
    }

    private void read(java.util.function.Consumer<ConsumerRecord<String, byte[]>> each) {
        try (var consumer =
                new KafkaConsumer<>(consumerProperties, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
                if (infos != null) {
                    infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                }
            }
            if (partitions.isEmpty()) {
                return;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(POLL).forEach(each);
            }
        }
    }

    private Set<String> replayed() {
        return Set.copyOf(jdbc.sql("select topic, partition, record_offset from reporting.dead_letter_replay")
                .query((rs, row) -> key(rs.getString(1), rs.getInt(2), rs.getLong(3)))
                .list());
    }

    private static String key(String topic, int partition, long offset) {
        return topic + "-" + partition + "@" + offset;
    }

    private static DeadLetter letter(ConsumerRecord<String, byte[]> record, Set<String> replayed) {
        return new DeadLetter(
                record.topic(),
                record.partition(),
                record.offset(),
                header(record, "ce_type"),
                header(record, "ce_id"),
                header(record, ORIGINAL_TOPIC),
                header(record, EXCEPTION),
                Instant.ofEpochMilli(record.timestamp()),
                replayed.contains(key(record.topic(), record.partition(), record.offset())));
    }

    private static @Nullable String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null) {
            return null;
        }
        String text = new String(header.value(), StandardCharsets.UTF_8);
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1)
                : text;
    }
}
