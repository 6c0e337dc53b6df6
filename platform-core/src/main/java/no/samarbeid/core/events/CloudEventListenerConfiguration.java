package no.samarbeid.core.events;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import tools.jackson.databind.json.JsonMapper;

/**
 * The listener container factory of {@link CloudEventListeners}: raw record values (so the reader, not the
 * consumer, decides what is malformed), one consumer thread per listener, retries with exponential back-off, then
 * the dead-letter topic.
 */
@Configuration(proxyBeanMethods = false)
class CloudEventListenerConfiguration {

    @Bean
    CloudEventReader cloudEventReader(ObjectProvider<JsonMapper> json) {
        return new CloudEventReader(json.getIfAvailable(JsonMapper::new));
    }

    @Bean
    DeadLetters cloudEventDeadLetters(
            KafkaProperties kafka,
            @Value("${samarbeid.events.consumer.retries:3}") int retries,
            @Value("${samarbeid.events.consumer.initial-interval:PT0.25S}") Duration initialInterval,
            @Value("${samarbeid.events.consumer.max-interval:PT2S}") Duration maxInterval) {
        var backOff = new ExponentialBackOffWithMaxRetries(retries);
        backOff.setInitialInterval(initialInterval.toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(maxInterval.toMillis());
        return new DeadLetters(kafka.buildProducerProperties(), backOff);
    }

    @Bean(CloudEventListeners.CONTAINER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<String, byte[]> cloudEventListenerContainerFactory(
            KafkaProperties kafka, DeadLetters deadLetters) {
        Map<String, Object> consumer = new HashMap<>(kafka.buildConsumerProperties());
        // The broker-driven group protocol (KIP-848): no stop-the-world rebalances, a quick leave on shutdown.
        // Set spring.kafka.consumer.properties.group.protocol=classic for brokers before Kafka 4.
        consumer.putIfAbsent(ConsumerConfig.GROUP_PROTOCOL_CONFIG, "consumer");
        var factory = new ConcurrentKafkaListenerContainerFactory<String, byte[]>();
        factory.setConsumerFactory(
                new DefaultKafkaConsumerFactory<>(consumer, new StringDeserializer(), new ByteArrayDeserializer()));
        factory.setConcurrency(1);
        factory.setCommonErrorHandler(deadLetters.errorHandler());
        return factory;
    }
}
