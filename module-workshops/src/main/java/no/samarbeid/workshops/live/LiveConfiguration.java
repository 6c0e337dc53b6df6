package no.samarbeid.workshops.live;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.core.events.CloudEventReader;
import no.samarbeid.core.events.DomainEvent;
import no.samarbeid.core.events.EventTypes;
import no.samarbeid.workshops.events.WorkshopEvent;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.CommonLoggingErrorHandler;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.util.ClassUtils;

/**
 * The live streams' Kafka consumer: a consumer group of its own per app instance ({@code live-<uuid>}), so every
 * instance reads every workshop event; it never commits offsets (a restarted instance is a new member that starts
 * {@code samarbeid.live.catch-up} before its start). Reads every event record of the workshops' events package.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "samarbeid.live.enabled", matchIfMissing = true)
class LiveConfiguration {

    static final String TOPIC = "samarbeid.workshops";

    @Bean
    KafkaMessageListenerContainer<String, byte[]> liveEventsContainer(
            KafkaProperties kafka,
            CloudEventReader reader,
            LiveHub hub,
            LivePartitions partitions,
            @Value("${samarbeid.live.group-prefix:live-}") String groupPrefix,
            @Value("${samarbeid.live.catch-up:PT1M}") Duration catchUp) {
        String group = groupPrefix + UUID.randomUUID();
        Map<String, Object> properties = new HashMap<>(kafka.buildConsumerProperties());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.putIfAbsent(ConsumerConfig.GROUP_PROTOCOL_CONFIG, "consumer");
        var consumer = new LiveConsumer(
                reader, workshopEvents(), hub, partitions, Instant.now().minus(catchUp));
        var container = new ContainerProperties(TOPIC);
        container.setGroupId(group);
        container.setClientId(group);
        container.setAckMode(ContainerProperties.AckMode.MANUAL);
        container.setMessageListener(consumer);
        container.setConsumerRebalanceListener(consumer);
        var listener = new KafkaMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<>(properties, new StringDeserializer(), new ByteArrayDeserializer()),
                container);
        listener.setCommonErrorHandler(new CommonLoggingErrorHandler());
        return listener;
    }

    /** Every event record of the workshops module, so new events reach the live streams without a change here. */
    @SuppressWarnings("unchecked")
    static EventTypes workshopEvents() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(WorkshopEvent.class));
        return EventTypes.of(scanner.findCandidateComponents(WorkshopEvent.class.getPackageName()).stream()
                .map(candidate -> (Class<? extends DomainEvent>) ClassUtils.resolveClassName(
                        candidate.getBeanClassName(), LiveConfiguration.class.getClassLoader()))
                .toArray(Class[]::new));
    }
}
