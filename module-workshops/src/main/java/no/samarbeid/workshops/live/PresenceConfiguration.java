package no.samarbeid.workshops.live;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.CommonLoggingErrorHandler;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * How app instances tell each other how many browsers follow each table ({@link PageConnections}): a short-lived
 * topic of {@link PresenceReport}s (not domain events: no outbox, nothing kept), read by every instance in a group of
 * its own from the newest record on. A lost report only delays a count until the next heartbeat.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "samarbeid.live.enabled", matchIfMissing = true)
class PresenceConfiguration {

    static final String TOPIC = "samarbeid.presence";

    @Bean
    NewTopic presenceTopic() {
        return TopicBuilder.name(TOPIC)
                .partitions(1)
                .config(TopicConfig.RETENTION_MS_CONFIG, "600000")
                .build();
    }

    @Bean
    PresenceReporter presenceReporter(KafkaProperties kafka, PageConnections connections, JsonMapper json) {
        var reporter = new PresenceReporter(kafka, json);
        connections.reportTo(reporter);
        return reporter;
    }

    @Bean
    KafkaMessageListenerContainer<String, String> presenceContainer(
            KafkaProperties kafka, PageConnections connections, JsonMapper json) {
        String group = "presence-" + UUID.randomUUID();
        Map<String, Object> properties = new HashMap<>(kafka.buildConsumerProperties());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        var container = new ContainerProperties(TOPIC);
        container.setGroupId(group);
        container.setClientId(group);
        container.setMessageListener((MessageListener<String, String>)
                record -> connections.heard(json.readValue(record.value(), PresenceReport.class)));
        var listener = new KafkaMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<>(properties, new StringDeserializer(), new StringDeserializer()),
                container);
        listener.setCommonErrorHandler(new CommonLoggingErrorHandler());
        return listener;
    }
}
