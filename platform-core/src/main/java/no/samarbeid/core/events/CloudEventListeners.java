package no.samarbeid.core.events;

/**
 * How a module consumes other modules' events: a {@code @KafkaListener} with
 * {@code containerFactory = CloudEventListeners.CONTAINER_FACTORY}, its own consumer group and the producers' topics,
 * taking a {@code ConsumerRecord<String, byte[]>} that it reads with {@link CloudEventReader}. Records are processed
 * one at a time on one thread per listener and committed after processing; a failure is retried with exponential
 * back-off, then the record goes to the {@link #deadLetterTopic dead-letter topic} and its partition moves on. A
 * {@link MalformedEventException} goes there at once. Handlers must be idempotent: delivery is at least once.
 */
public final class CloudEventListeners {

    /** The name of the listener container factory bean. */
    public static final String CONTAINER_FACTORY = "cloudEventListenerContainerFactory";

    private CloudEventListeners() {}

    /** Where a consumer group's failed records of a topic go: {@code <topic>.<group>.dlt}. */
    public static String deadLetterTopic(String topic, String group) {
        return topic + "." + group + ".dlt";
    }
}
