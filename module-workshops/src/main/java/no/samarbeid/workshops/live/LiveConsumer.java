package no.samarbeid.workshops.live;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import no.samarbeid.core.events.CloudEventReader;
import no.samarbeid.core.events.EventTypes;
import no.samarbeid.workshops.events.WorkshopEvent;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;
import org.springframework.kafka.listener.MessageListener;

/**
 * Reads the workshops topic for this instance's live streams. On first assignment it starts a little before the
 * instance started ({@code from}), so events published while it was joining are not lost and its replay buffers
 * are warm; records it cannot read are logged and skipped (live streams are best effort, the REST API is the truth).
 */
final class LiveConsumer implements MessageListener<String, byte[]>, ConsumerAwareRebalanceListener {

    private static final Logger LOG = LoggerFactory.getLogger(LiveConsumer.class);

    private final CloudEventReader reader;
    private final EventTypes types;
    private final LiveHub hub;
    private final LivePartitions partitions;
    private final Instant from;

    LiveConsumer(CloudEventReader reader, EventTypes types, LiveHub hub, LivePartitions partitions, Instant from) {
        this.reader = reader;
        this.types = types;
        this.hub = hub;
        this.partitions = partitions;
        this.from = from;
    }

    @Override
    public void onMessage(ConsumerRecord<String, byte[]> record) {
        WorkshopEvent event = null;
        try {
            event = reader.read(record, types)
                    .map(read -> (WorkshopEvent) read.data())
                    .filter(read -> read.workshopId() != null)
                    .orElse(null);
            if (event != null) {
                hub.accept(record.partition(), record.offset(), record.timestamp(), event);
            }
        } catch (RuntimeException e) {
            LOG.warn(
                    "Live streams skip {}-{}@{}: {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    e.toString());
        }
        partitions.read(record.partition(), record.offset(), event == null ? null : event.tenantId());
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> assigned) {
        Map<TopicPartition, Long> fresh = new HashMap<>();
        for (TopicPartition partition : assigned) {
            OptionalLong resume = partitions.resumeAt(partition.partition());
            if (resume.isPresent()) {
                consumer.seek(partition, resume.getAsLong());
            } else {
                fresh.put(partition, from.toEpochMilli());
            }
        }
        if (!fresh.isEmpty()) {
            Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(fresh);
            for (TopicPartition partition : fresh.keySet()) {
                OffsetAndTimestamp offset = found.get(partition);
                if (offset == null) {
                    consumer.seekToEnd(List.of(partition));
                } else {
                    consumer.seek(partition, offset.offset());
                }
                partitions.assigned(partition.partition(), consumer.position(partition));
            }
        }
    }
}
