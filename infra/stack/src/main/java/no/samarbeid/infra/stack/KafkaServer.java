package no.samarbeid.infra.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A single-node KRaft Kafka broker (broker and controller in one process) from Maven Central jars. It creates no
 * topic on first use: the stack creates the platform's topics ({@link KafkaTopics}) once the broker is healthy.
 */
public final class KafkaServer implements Server {

    private static final org.apache.kafka.common.config.ConfigResource BROKER =
            new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.BROKER, "1");

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public boolean healthy() {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Ports.HOST + ":" + Ports.kafka(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000);
        if (!Processes.listening(Ports.kafka())) {
            return false;
        }
        try (Admin admin = Admin.create(config)) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    /** Creates the platform's topics ({@link KafkaTopics#local()}), or brings them to their declared settings. */
    @Override
    public String prepare(StackHome home) throws Exception {
        try (Admin admin = Admin.create(
                Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Ports.HOST + ":" + Ports.kafka()))) {
            List<KafkaTopics.Topic> topics = KafkaTopics.local();
            int created = KafkaTopics.ensure(admin, topics);
            String autoCreate = admin.describeConfigs(List.of(BROKER))
                    .all()
                    .get(30, TimeUnit.SECONDS)
                    .get(BROKER)
                    .get("auto.create.topics.enable")
                    .value();
            return "%d topics checked, %d created%s"
                    .formatted(
                            topics.size(),
                            created,
                            "true".equals(autoCreate)
                                    ? "; this broker still creates topics on first use: restart it"
                                            + " (./samarbeid down && ./samarbeid up)"
                                    : "");
        }
    }

    @Override
    public Process start(StackHome home) throws IOException, InterruptedException {
        Path libs = home.dist(name()).resolve("libs");
        if (!Files.isDirectory(libs)) {
            throw new IOException("Kafka is not laid out in " + libs
                    + ": build with ./mvnw -q install -DskipTests -pl infra/stack -am");
        }
        Path work = home.data(name());
        Path properties = work.resolve("server.properties");
        Files.writeString(properties, serverProperties(work.resolve("log")));
        Path logging = work.resolve("log4j2.properties");
        try (var in = KafkaServer.class.getResourceAsStream("kafka-log4j2.properties")) {
            Files.copy(in, logging, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        String classpath = libs + "/*";
        if (!Files.exists(work.resolve("log").resolve("meta.properties"))) {
            Processes.run(
                    List.of(
                            Processes.java(),
                            "-Dlog4j2.configurationFile=" + logging,
                            "-cp",
                            classpath,
                            "kafka.tools.StorageTool",
                            "format",
                            "-t",
                            Uuid.randomUuid().toString(),
                            "-c",
                            properties.toString()),
                    work,
                    home.log(name()));
        }
        return Processes.launch(
                List.of(
                        Processes.java(),
                        "-Xms512m",
                        "-Xmx512m",
                        "-XX:+UseG1GC",
                        "-Djava.awt.headless=true",
                        "-Dlog4j2.configurationFile=" + logging,
                        "-cp",
                        classpath,
                        "kafka.Kafka",
                        properties.toString()),
                work,
                home.log(name()));
    }

    @Override
    public List<String> endpoints() {
        return List.of("Kafka          %s:%d (bootstrap servers)".formatted(Ports.HOST, Ports.kafka()));
    }

    static String serverProperties(Path logDirs) {
        String broker = Ports.HOST + ":" + Ports.kafka();
        String controller = Ports.HOST + ":" + Ports.kafkaController();
        return """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@%2$s
                listeners=PLAINTEXT://%1$s,CONTROLLER://%2$s
                advertised.listeners=PLAINTEXT://%1$s
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
                log.dirs=%3$s
                num.partitions=6
                auto.create.topics.enable=false
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                log.retention.hours=168
                """.formatted(broker, controller, logDirs);
    }
}
