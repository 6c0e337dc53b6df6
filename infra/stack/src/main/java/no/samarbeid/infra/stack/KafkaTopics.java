package no.samarbeid.infra.stack;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

/**
 * The platform's Kafka topics, created explicitly (the local broker and production do not create topics on first
 * use): the four domain-event topics, each consumer group's dead-letter topics ({@code <topic>.<group>.dlt}, see
 * core's {@code CloudEventListeners}) and the live board's presence topic. The settings are documented in
 * {@code docs/events.md}; {@code infra/deploy} creates the same topics in production with more partitions and
 * replicas.
 */
public final class KafkaTopics {

    /** Domain events: 30 days, long enough to ride out a consumer's outage; rebuilds do not read the topics. */
    public static final long EVENT_RETENTION_MS = 30L * 24 * 60 * 60 * 1000;

    /** Dead letters wait for an operator's replay: 90 days. */
    public static final long DEAD_LETTER_RETENTION_MS = 90L * 24 * 60 * 60 * 1000;

    /** Presence reports are stale after three heartbeats: 10 minutes, as the app declares it. */
    public static final long PRESENCE_RETENTION_MS = 10L * 60 * 1000;

    /** The domain-event topics, one per producing module. */
    public static final List<String> EVENT_TOPICS =
            List.of("samarbeid.core", "samarbeid.workshops", "samarbeid.registry", "samarbeid.impact");

    /** The dead-letter topics of the consumer groups (group: the topics it reads). */
    public static final List<String> DEAD_LETTER_TOPICS = List.of(
            "samarbeid.workshops.reporting.dlt",
            "samarbeid.core.reporting.dlt",
            "samarbeid.impact.reporting.dlt",
            "samarbeid.workshops.impact.dlt",
            "samarbeid.workshops.registry.dlt",
            "samarbeid.core.registry.dlt",
            "samarbeid.impact.workshops-followup.dlt");

    /**
     * Local only: the dead-letter topics of the consumer groups the module tests use (their {@code
     * application.yml}), since they read the same topics as the app, including the malformed events some tests send.
     */
    public static final List<String> MODULE_TEST_DEAD_LETTER_TOPICS = List.of(
            "samarbeid.workshops.reporting-module-test.dlt",
            "samarbeid.core.reporting-module-test.dlt",
            "samarbeid.impact.reporting-module-test.dlt",
            "samarbeid.workshops.registry-module-tests.dlt",
            "samarbeid.core.registry-module-tests.dlt");

    public static final String PRESENCE_TOPIC = "samarbeid.presence";

    /** A topic and how it is set up. */
    public record Topic(String name, int partitions, short replicationFactor, Map<String, String> configs) {

        NewTopic toNewTopic() {
            return new NewTopic(name, partitions, replicationFactor).configs(configs);
        }
    }

    private KafkaTopics() {}

    /**
     * The platform's topics in production, with the given partition count for the domain-event and dead-letter
     * topics, replication factor and {@code min.insync.replicas}.
     */
    public static List<Topic> all(int partitions, short replicationFactor, int minInSyncReplicas) {
        List<Topic> topics = new ArrayList<>();
        EVENT_TOPICS.forEach(name -> topics.add(
                new Topic(name, partitions, replicationFactor, configs(EVENT_RETENTION_MS, minInSyncReplicas))));
        DEAD_LETTER_TOPICS.forEach(name -> topics.add(
                new Topic(name, partitions, replicationFactor, configs(DEAD_LETTER_RETENTION_MS, minInSyncReplicas))));
        topics.add(new Topic(PRESENCE_TOPIC, 1, replicationFactor, configs(PRESENCE_RETENTION_MS, minInSyncReplicas)));
        return List.copyOf(topics);
    }

    /** The local single-node broker's topics: the platform's with 6 partitions and one replica, and the tests'. */
    public static List<Topic> local() {
        List<Topic> topics = new ArrayList<>(all(6, (short) 1, 1));
        MODULE_TEST_DEAD_LETTER_TOPICS.forEach(
                name -> topics.add(new Topic(name, 6, (short) 1, configs(DEAD_LETTER_RETENTION_MS, 1))));
        return List.copyOf(topics);
    }

    private static Map<String, String> configs(long retentionMs, int minInSyncReplicas) {
        return Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.RETENTION_MS_CONFIG, Long.toString(retentionMs),
                TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(minInSyncReplicas));
    }

    /**
     * Creates the topics that do not exist, and brings those that do to the declared settings: their configs are set
     * and their partitions raised (never lowered); returns how many it created.
     */
    public static int ensure(Admin admin, Collection<Topic> topics)
            throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
        List<NewTopic> missing = topics.stream()
                .filter(topic -> !existing.contains(topic.name()))
                .map(Topic::toNewTopic)
                .toList();
        if (!missing.isEmpty()) {
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        }
        List<Topic> present =
                topics.stream().filter(topic -> existing.contains(topic.name())).toList();
        if (present.isEmpty()) {
            return missing.size();
        }
        Map<String, TopicDescription> descriptions = admin.describeTopics(
                        present.stream().map(Topic::name).toList())
                .allTopicNames()
                .get(30, TimeUnit.SECONDS);
        Map<String, NewPartitions> more = present.stream()
                .filter(topic -> descriptions.get(topic.name()).partitions().size() < topic.partitions())
                .collect(Collectors.toMap(Topic::name, topic -> NewPartitions.increaseTo(topic.partitions())));
        if (!more.isEmpty()) {
            admin.createPartitions(more).all().get(30, TimeUnit.SECONDS);
        }
        Map<ConfigResource, Collection<AlterConfigOp>> changes = present.stream()
                .collect(Collectors.toMap(
                        topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic.name()),
                        topic -> topic.configs().entrySet().stream()
                                .map(entry -> new AlterConfigOp(
                                        new ConfigEntry(entry.getKey(), entry.getValue()), AlterConfigOp.OpType.SET))
                                .toList()));
        admin.incrementalAlterConfigs(changes).all().get(30, TimeUnit.SECONDS);
        return missing.size();
    }
}
