package no.samarbeid.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.samarbeid.infra.stack.Ports;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The raw rates of the same servers, measured in the same run as the pipeline they bound. */
final class RawBaselines {

    private RawBaselines() {}

    /** One INSERT and COMMIT per row on one connection as the app role, with the tenant set per transaction. */
    static double postgresInsertsPerSecond(Duration duration) throws Exception {
        Properties app = new Properties();
        app.setProperty("user", "samarbeid_app");
        app.setProperty("password", "samarbeid_app");
        try (var connection = DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + Ports.postgres() + "/samarbeid", app);
                var ddl = connection.createStatement()) {
            ddl.execute("create temporary table bench_note (id bigint primary key, tenant_id uuid, text text)");
            connection.setAutoCommit(false);
            try (var tenant = connection.prepareStatement("select set_config('app.tenant', ?, true)");
                    var insert = connection.prepareStatement("insert into bench_note values (?, ?, ?)")) {
                java.util.UUID id = java.util.UUID.randomUUID();
                long rows = 0;
                long ends = System.nanoTime() + duration.toNanos();
                long start = System.nanoTime();
                while (System.nanoTime() < ends) {
                    tenant.setString(1, id.toString());
                    tenant.execute();
                    insert.setLong(1, rows);
                    insert.setObject(2, id);
                    insert.setString(3, "Notat fra benken med litt tekst om samarbeid " + rows);
                    insert.executeUpdate();
                    connection.commit();
                    rows++;
                }
                return rows / ((System.nanoTime() - start) / 1e9);
            }
        }
    }

    /** Producing 300-byte records with acks=all and a 5 ms linger, as the app's producer does. */
    static double kafkaRecordsPerSecond(Duration duration) {
        createBenchmarkTopic("samarbeid.benchmark");
        byte[] value = new byte[300];
        try (var producer = new KafkaProducer<String, byte[]>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                "127.0.0.1:" + Ports.kafka(),
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.LINGER_MS_CONFIG,
                5,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class))) {
            long records = 0;
            long ends = System.nanoTime() + duration.toNanos();
            long start = System.nanoTime();
            while (System.nanoTime() < ends) {
                producer.send(new ProducerRecord<>("samarbeid.benchmark", "tenant-" + (records % 357), value));
                records++;
            }
            producer.flush();
            return records / ((System.nanoTime() - start) / 1e9);
        }
    }

    /**
     * Latency from producing a record (acks=all) to a consumer of the same broker receiving it, one record every
     * 10 ms, in nanoseconds, sorted.
     */
    static List<Long> kafkaProduceToConsumeNanos(int samples) throws Exception {
        String topic = "samarbeid.benchmark.latency";
        createBenchmarkTopic(topic);
        try (var producer = new KafkaProducer<String, byte[]>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        "127.0.0.1:" + Ports.kafka(),
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                        StringSerializer.class,
                        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                        ByteArraySerializer.class));
                var consumer = new KafkaConsumer<String, byte[]>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        "127.0.0.1:" + Ports.kafka(),
                        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                        StringDeserializer.class,
                        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                        ByteArrayDeserializer.class))) {
            producer.send(new ProducerRecord<>(topic, 0, "warm-up", new byte[8]))
                    .get();
            var partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            List<Long> latencies = new ArrayList<>();
            var receiving = Executors.newSingleThreadExecutor();
            try {
                Future<?> received = receiving.submit(() -> {
                    while (latencies.size() < samples) {
                        for (var record : consumer.poll(Duration.ofMillis(100))) {
                            long sentAt = ByteBuffer.wrap(record.value()).getLong();
                            synchronized (latencies) {
                                latencies.add(System.nanoTime() - sentAt);
                            }
                        }
                    }
                    return null;
                });
                for (int i = 0; i < samples; i++) {
                    byte[] value =
                            ByteBuffer.allocate(300).putLong(System.nanoTime()).array();
                    producer.send(new ProducerRecord<>(topic, 0, "sample", value));
                    TimeUnit.MILLISECONDS.sleep(10);
                }
                received.get(1, TimeUnit.MINUTES);
            } finally {
                receiving.shutdownNow();
            }
            synchronized (latencies) {
                return latencies.stream().sorted().toList();
            }
        }
    }

    /**
     * Latency from indexing a small document into a fresh index (default refresh interval) to a search finding it,
     * polled every {@code poll}, four documents at a time, in nanoseconds, sorted.
     */
    static List<Long> elasticsearchIndexToSearchableNanos(int samples, Duration poll) throws Exception {
        var http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + Ports.elasticsearch() + "/samarbeid-benchmark-latency";
        String run = java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        send(http, "PUT", base, "{\"mappings\":{\"properties\":{\"text\":{\"type\":\"text\"}}}}");
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> measured = new ArrayList<>();
            for (int i = 0; i < samples; i++) {
                String word = "raw" + run + "e" + i;
                measured.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    send(http, "POST", base + "/_doc", "{\"text\":\"" + word + "\"}");
                    while (!send(http, "GET", base + "/_search?q=text:" + word, null)
                            .contains("\"value\":1")) {
                        TimeUnit.NANOSECONDS.sleep(poll.toNanos());
                    }
                    return System.nanoTime() - start;
                }));
            }
            List<Long> latencies = new ArrayList<>();
            for (Future<Long> latency : measured) {
                latencies.add(latency.get(1, TimeUnit.MINUTES));
            }
            return latencies.stream().sorted().toList();
        } finally {
            pool.shutdownNow();
            send(http, "DELETE", base, null);
        }
    }

    private static String send(HttpClient http, String method, String url, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The broker creates no topic on first use: the benchmark's own topics, 6 partitions like the event topics. */
    private static void createBenchmarkTopic(String topic) {
        try (Admin admin = Admin.create(
                Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + Ports.kafka()))) {
            admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create the benchmark topic", e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
