package no.samarbeid.workshops.live;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.samarbeid.workshops.events.WorkshopEvent;
import org.jspecify.annotations.Nullable;

/**
 * The live state of one workshop on this instance: its recent events (at most {@code capacity}) for replay, the
 * authors of its unrevealed notes and its open streams. Not thread-safe: the hub only touches it inside its map's
 * atomic compute for the workshop.
 */
final class LiveWorkshop {

    private final Deque<LiveRecord> recent = new ArrayDeque<>();
    private final LiveNotes notes = new LiveNotes();
    private final Set<LiveSubscriber> subscribers = new HashSet<>();
    private final int capacity;
    private @Nullable Integer partition;
    private long trimmedThrough = -1;

    LiveWorkshop(int capacity) {
        this.capacity = capacity;
    }

    /** Keeps the event and passes it to every open stream. */
    void add(LiveEventId id, long timestamp, WorkshopEvent event) {
        LiveRecord record = notes.classify(id, timestamp, event);
        partition = id.partition();
        recent.addLast(record);
        while (recent.size() > capacity) {
            trimmedThrough = Math.max(trimmedThrough, recent.removeFirst().id().offset());
        }
        subscribers.forEach(subscriber -> subscriber.offer(record));
    }

    /**
     * The events after {@code seen}, or empty when some may be gone: trimmed from the buffer, or of another
     * partition than the workshop's.
     */
    Optional<List<LiveRecord>> after(LiveEventId seen) {
        if (trimmedThrough > seen.offset() || (partition != null && partition != seen.partition())) {
            return Optional.empty();
        }
        List<LiveRecord> missed = new ArrayList<>();
        for (LiveRecord record : recent) {
            if (record.id().offset() > seen.offset()) {
                missed.add(record);
            }
        }
        return Optional.of(missed);
    }

    /** Drops events received before {@code cutoff} (epoch millis); returns the newest offset dropped, or -1. */
    long expire(long cutoff) {
        long dropped = -1;
        while (!recent.isEmpty() && recent.peekFirst().timestamp() < cutoff) {
            dropped = Math.max(dropped, recent.removeFirst().id().offset());
        }
        trimmedThrough = Math.max(trimmedThrough, dropped);
        return dropped;
    }

    @Nullable
    Integer partition() {
        return partition;
    }

    long newestOffset() {
        return recent.isEmpty() ? -1 : recent.peekLast().id().offset();
    }

    void subscribe(LiveSubscriber subscriber) {
        subscribers.add(subscriber);
    }

    void unsubscribe(LiveSubscriber subscriber) {
        subscribers.remove(subscriber);
    }

    void dropClosed() {
        subscribers.removeIf(LiveSubscriber::closed);
    }

    List<LiveSubscriber> subscribers() {
        return List.copyOf(subscribers);
    }

    boolean idle() {
        return subscribers.isEmpty() && recent.isEmpty();
    }
}
