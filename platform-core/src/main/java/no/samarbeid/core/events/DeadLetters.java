package no.samarbeid.core.events;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.util.backoff.BackOff;

/**
 * The error handling of CloudEvents listeners: retries with the given back-off, then publishes the record unchanged
 * (with Spring Kafka's exception headers) to {@code <topic>.<group>.dlt} and commits it. Its producer is its own
 * (raw bytes, the record's key as text), not a bean, so the application's Kafka template stays as it is.
 */
final class DeadLetters implements DisposableBean {

    private static final BackOff WHILE_UNREACHABLE = new org.springframework.util.backoff.FixedBackOff(
            2000, org.springframework.util.backoff.FixedBackOff.UNLIMITED_ATTEMPTS);

    private final DefaultKafkaProducerFactory<String, byte[]> producers;
    private final DefaultErrorHandler errorHandler;

    DeadLetters(Map<String, Object> producerProperties, BackOff backOff) {
        this.producers = new DefaultKafkaProducerFactory<>(
                producerProperties, new StringSerializer(), new ByteArraySerializer());
        var recoverer = new DeadLetterPublishingRecoverer(new KafkaTemplate<>(producers), DeadLetters::destination);
        this.errorHandler = new DefaultErrorHandler(recoverer, backOff);
        errorHandler.addNotRetryableExceptions(MalformedEventException.class);
        errorHandler.setBackOffFunction((record, exception) -> unreachable(exception) ? WHILE_UNREACHABLE : null);
    }

    /**
     * A server the consumer writes to (e.g. Elasticsearch) is unreachable, or the consumer says the failure passes
     * ({@link TransientEventFailureException}): retry until it is back rather than park the event in the
     * dead-letter topic, so an outage loses nothing; the partition waits meanwhile.
     */
    static boolean unreachable(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.ConnectException
                    || cause instanceof java.net.SocketTimeoutException
                    || cause instanceof TransientEventFailureException) {
                return true;
            }
        }
        return false;
    }

    DefaultErrorHandler errorHandler() {
        return errorHandler;
    }

    /** The group's dead-letter topic; the partition follows the record's key. */
    static TopicPartition destination(ConsumerRecord<?, ?> record, Exception exception) {
        String group = KafkaUtils.getConsumerGroupId();
        return new TopicPartition(
                CloudEventListeners.deadLetterTopic(record.topic(), group == null ? "unknown" : group), -1);
    }

    @Override
    public void destroy() {
        producers.destroy();
    }
}
