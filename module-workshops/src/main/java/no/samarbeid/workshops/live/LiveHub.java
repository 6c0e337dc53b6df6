package no.samarbeid.workshops.live;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import no.samarbeid.workshops.events.WorkshopEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * This instance's live streams: fed with every workshop event from Kafka, it keeps each workshop's recent events
 * for replay and passes new ones to the open streams of their workshop. A {@code Last-Event-ID} is replayable when
 * this instance has read its partition since before it and the workshop still holds what came after; otherwise the
 * client gets {@code reset}. Heartbeats keep idle streams open and find dead ones; old events expire. On shutdown
 * it closes every stream, so clients move to another instance at once.
 */
@Component
class LiveHub implements SmartLifecycle {

    private final ConcurrentMap<UUID, LiveWorkshop> workshops = new ConcurrentHashMap<>();
    private final LivePartitions partitions;
    private final LiveMessages messages;
    private final LiveSenders senders;
    private final int capacity;
    private final Duration maxAge;
    private final Duration timeout;
    private final int maxPending;
    private volatile boolean running;

    LiveHub(
            LivePartitions partitions,
            LiveMessages messages,
            LiveSenders senders,
            @Value("${samarbeid.live.buffer-size:2000}") int capacity,
            @Value("${samarbeid.live.buffer-age:PT30M}") Duration maxAge,
            @Value("${samarbeid.live.timeout:PT30M}") Duration timeout,
            @Value("${samarbeid.live.max-pending:1000}") int maxPending) {
        this.partitions = partitions;
        this.messages = messages;
        this.senders = senders;
        this.capacity = capacity;
        this.maxAge = maxAge;
        this.timeout = timeout;
        this.maxPending = maxPending;
    }

    /** Opens a stream: replays what the client missed (or sends {@code reset}), then {@code ready}, then live events. */
    SseEmitter subscribe(LiveAudience audience, @Nullable String lastEventId, Locale locale) {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        LiveSubscriber[] opened = new LiveSubscriber[1];
        workshops.compute(audience.workshopId(), (id, existing) -> {
            LiveWorkshop workshop = existing == null ? new LiveWorkshop(capacity) : existing;
            opened[0] = open(workshop, audience, emitter, lastEventId, locale);
            return workshop;
        });
        LiveSubscriber subscriber = opened[0];
        emitter.onTimeout(subscriber::close);
        emitter.onError(error -> subscriber.close());
        emitter.onCompletion(() -> workshops.computeIfPresent(audience.workshopId(), (id, workshop) -> {
            workshop.unsubscribe(subscriber);
            return workshop;
        }));
        return emitter;
    }

    private LiveSubscriber open(
            LiveWorkshop workshop,
            LiveAudience audience,
            SseEmitter emitter,
            @Nullable String lastEventId,
            Locale locale) {
        Optional<LiveEventId> seen = LiveEventId.parse(lastEventId);
        Optional<List<LiveRecord>> missed = seen.filter(partitions::covers).flatMap(workshop::after);
        LiveEventId resumed = missed.isPresent() ? seen.get() : null;
        var subscriber = new LiveSubscriber(audience, emitter, messages, senders, maxPending, resumed);
        if (lastEventId != null && missed.isEmpty()) {
            subscriber.offer(messages.reset(seen.isPresent() ? "expired" : "unknown-id", locale));
        }
        missed.orElse(List.of()).forEach(subscriber::offer);
        subscriber.offer(messages.ready(audience, position(workshop, audience, resumed)));
        workshop.subscribe(subscriber);
        return subscriber;
    }

    /** Where a reconnect may resume: the newest record read of the workshop's partition, or what the client saw. */
    @Nullable
    private LiveEventId position(LiveWorkshop workshop, LiveAudience audience, @Nullable LiveEventId seen) {
        LiveEventId read = partitions.position(workshop.partition(), audience.tenantId(), workshop.newestOffset());
        if (read == null || (seen != null && seen.partition() == read.partition() && seen.offset() > read.offset())) {
            return seen;
        }
        return read;
    }

    /** Keeps a workshop event read from a partition and passes it to the workshop's streams. */
    void accept(int partition, long offset, long timestamp, WorkshopEvent event) {
        workshops.compute(event.workshopId(), (id, existing) -> {
            LiveWorkshop workshop = existing == null ? new LiveWorkshop(capacity) : existing;
            workshop.add(new LiveEventId(partition, offset), timestamp, event);
            return workshop;
        });
    }

    /** Tells the streams of a table (and the workshop's plenary streams) how many follow that table now. */
    void presence(UUID workshopId, UUID tableId, int connected) {
        LiveWorkshop workshop = workshops.get(workshopId);
        if (workshop == null) {
            return;
        }
        LiveMessage message = messages.presence(tableId, connected);
        workshop.subscribers().stream()
                .filter(subscriber -> subscriber.audience().plenary()
                        || tableId.equals(subscriber.audience().tableId()))
                .forEach(subscriber -> subscriber.offer(message));
    }

    /** Heartbeats every stream, drops closed ones, expires old events and forgets idle workshops. */
    @Scheduled(
            initialDelayString = "${samarbeid.live.heartbeat:PT15S}",
            fixedDelayString = "${samarbeid.live.heartbeat:PT15S}")
    void heartbeat() {
        long cutoff = System.currentTimeMillis() - maxAge.toMillis();
        for (UUID workshopId : workshops.keySet()) {
            workshops.computeIfPresent(workshopId, (id, workshop) -> {
                long dropped = workshop.expire(cutoff);
                if (dropped >= 0 && workshop.partition() != null) {
                    partitions.expired(workshop.partition(), dropped);
                }
                workshop.subscribers().forEach(LiveSubscriber::heartbeat);
                workshop.dropClosed();
                return workshop.idle() ? null : workshop;
            });
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        for (UUID workshopId : workshops.keySet()) {
            workshops.computeIfPresent(workshopId, (id, workshop) -> {
                workshop.subscribers().forEach(LiveSubscriber::close);
                return workshop;
            });
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
