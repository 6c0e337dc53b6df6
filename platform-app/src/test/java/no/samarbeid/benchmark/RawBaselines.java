package no.samarbeid.benchmark;

import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import no.samarbeid.infra.stack.Ports;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
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
        createBenchmarkTopic();
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

    /** The broker creates no topic on first use: the benchmark's own topic, 6 partitions like the event topics. */
    private static void createBenchmarkTopic() {
        try (Admin admin = Admin.create(
                Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + Ports.kafka()))) {
            admin.createTopics(List.of(new NewTopic("samarbeid.benchmark", 6, (short) 1)))
                    .all()
                    .get();
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
