package no.samarbeid.impact.workshopfeed;

import no.samarbeid.core.events.CloudEventListeners;
import no.samarbeid.core.events.CloudEventReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Impact's consumer group on {@code samarbeid.workshops}: reads the events it knows and skips the rest
 * ({@code samarbeid.impact.listen=false} keeps it from starting, as in the module's own tests).
 */
@Component
class WorkshopEventListener {

    static final String TOPIC = "samarbeid.workshops";

    private final CloudEventReader reader;
    private final WorkshopFeed feed;

    WorkshopEventListener(CloudEventReader reader, WorkshopFeed feed) {
        this.reader = reader;
        this.feed = feed;
    }

    @KafkaListener(
            id = "impact",
            groupId = "${samarbeid.impact.consumer-group:impact}",
            autoStartup = "${samarbeid.impact.listen:true}",
            topics = TOPIC,
            containerFactory = CloudEventListeners.CONTAINER_FACTORY)
    void receive(ConsumerRecord<String, byte[]> record) {
        reader.read(record, WorkshopRecords.TYPES).ifPresent(event -> feed.apply(event.data()));
    }
}
