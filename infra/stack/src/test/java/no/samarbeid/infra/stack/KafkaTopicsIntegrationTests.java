package no.samarbeid.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The stack creates every topic the platform uses with its declared partitions, replication and retention, checked
 * on the real broker; the broker itself is configured to create no topic on first use.
 */
@ExtendWith(StackExtension.class)
class KafkaTopicsIntegrationTests {

    private static final long DAY_MS = 24L * 60 * 60 * 1000;

    @Test
    void everyTopicOfThePlatformExistsWithItsDeclaredSettings() throws Exception {
        List<KafkaTopics.Topic> declared = KafkaTopics.local();
        try (Admin admin = Admin.create(
                Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + Ports.kafka()))) {
            List<String> names = declared.stream().map(KafkaTopics.Topic::name).toList();
            Map<String, TopicDescription> described =
                    admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
            Map<ConfigResource, Config> configs = admin.describeConfigs(names.stream()
                            .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name))
                            .toList())
                    .all()
                    .get(30, TimeUnit.SECONDS);

            for (KafkaTopics.Topic topic : declared) {
                TopicDescription description = described.get(topic.name());
                Config config = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()));
                assertThat(description.partitions()).as(topic.name()).hasSize(topic.partitions());
                assertThat(description.partitions())
                        .as(topic.name())
                        .allSatisfy(
                                partition -> assertThat(partition.replicas()).hasSize(1));
                topic.configs()
                        .forEach((key, value) -> assertThat(config.get(key).value())
                                .as(topic.name() + " " + key)
                                .isEqualTo(value));
            }
        }
    }

    @Test
    void aTopicWhoseSettingsDriftedIsBroughtBackToTheDeclaredOnes() throws Exception {
        String name = "ops-drift-" + UUID.randomUUID();
        try (Admin admin = Admin.create(
                Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + Ports.kafka()))) {
            admin.createTopics(List.of(new NewTopic(name, 1, (short) 1).configs(Map.of("retention.ms", "1000"))))
                    .all()
                    .get(30, TimeUnit.SECONDS);
            var declared = new KafkaTopics.Topic(
                    name, 3, (short) 1, Map.of("retention.ms", Long.toString(KafkaTopics.EVENT_RETENTION_MS)));

            int created = KafkaTopics.ensure(admin, List.of(declared));

            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, name);
            assertThat(created).isZero();
            // The broker applies the change from its metadata log shortly after the admin call returns.
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(admin.describeTopics(List.of(name))
                                .allTopicNames()
                                .get(30, TimeUnit.SECONDS)
                                .get(name)
                                .partitions())
                        .hasSize(3);
                assertThat(admin.describeConfigs(List.of(resource))
                                .all()
                                .get(30, TimeUnit.SECONDS)
                                .get(resource)
                                .get("retention.ms")
                                .value())
                        .isEqualTo(Long.toString(KafkaTopics.EVENT_RETENTION_MS));
            });
            admin.deleteTopics(List.of(name)).all().get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void domainEventsOutliveAConsumersOutageAndDeadLettersWaitLongerForAnOperator() {
        List<KafkaTopics.Topic> declared = KafkaTopics.local();
        assertThat(declared)
                .extracting(KafkaTopics.Topic::name)
                .contains(
                        "samarbeid.core",
                        "samarbeid.workshops",
                        "samarbeid.registry",
                        "samarbeid.impact",
                        "samarbeid.presence",
                        "samarbeid.workshops.reporting.dlt",
                        "samarbeid.core.reporting.dlt");
        assertThat(declared).allSatisfy(topic -> {
            long retention = Long.parseLong(topic.configs().get("retention.ms"));
            if (topic.name().endsWith(".dlt")) {
                assertThat(retention).as(topic.name()).isEqualTo(90 * DAY_MS);
            } else if (topic.name().equals("samarbeid.presence")) {
                assertThat(retention).as(topic.name()).isEqualTo(10 * 60 * 1000L);
                assertThat(topic.partitions()).isOne();
            } else {
                assertThat(retention).as(topic.name()).isEqualTo(30 * DAY_MS);
                assertThat(topic.partitions()).as(topic.name()).isEqualTo(6);
            }
        });
    }

    @Test
    void theLocalBrokerCreatesNoTopicOnFirstUse() {
        assertThat(KafkaServer.serverProperties(java.nio.file.Path.of("log")))
                .contains("auto.create.topics.enable=false")
                .doesNotContain("auto.create.topics.enable=true");
    }
}
