package no.samarbeid.workshops.live;

import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open stream: what it may see and an outbox of events that one sender at a time renders and writes, in order,
 * so a slow client never holds up the Kafka consumer or other clients. A client that falls too far behind is
 * disconnected; it reconnects with {@code Last-Event-ID} and gets the rest replayed.
 */
final class LiveSubscriber {

    private static final Object HEARTBEAT = new Object();

    private final LiveAudience audience;
    private final SseEmitter emitter;
    private final LiveMessages messages;
    private final LiveSenders senders;
    private final int maxPending;
    private final @Nullable LiveEventId seen;
    private final Queue<Object> outbox = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicBoolean sending = new AtomicBoolean();
    private volatile boolean closed;

    LiveSubscriber(
            LiveAudience audience,
            SseEmitter emitter,
            LiveMessages messages,
            LiveSenders senders,
            int maxPending,
            @Nullable LiveEventId seen) {
        this.audience = audience;
        this.emitter = emitter;
        this.messages = messages;
        this.senders = senders;
        this.maxPending = maxPending;
        this.seen = seen;
    }

    LiveAudience audience() {
        return audience;
    }

    boolean closed() {
        return closed;
    }

    /** Queues an event, unless the client has already seen it. */
    void offer(LiveRecord record) {
        if (seen != null
                && record.id().partition() == seen.partition()
                && record.id().offset() <= seen.offset()) {
            return;
        }
        enqueue(record);
    }

    void offer(LiveMessage message) {
        enqueue(message);
    }

    void heartbeat() {
        enqueue(HEARTBEAT);
    }

    void close() {
        closed = true;
        outbox.clear();
        try {
            emitter.complete();
        } catch (RuntimeException e) {
            // already completed
        }
    }

    private void enqueue(Object item) {
        if (closed) {
            return;
        }
        if (pending.incrementAndGet() > maxPending) {
            close();
            return;
        }
        outbox.add(item);
        if (sending.compareAndSet(false, true)) {
            senders.execute(this::send);
        }
    }

    private void send() {
        try {
            Object item;
            while (!closed && (item = outbox.poll()) != null) {
                pending.decrementAndGet();
                write(item);
            }
        } catch (IOException | RuntimeException e) {
            close();
        } finally {
            sending.set(false);
            if (!closed && !outbox.isEmpty() && sending.compareAndSet(false, true)) {
                senders.execute(this::send);
            }
        }
    }

    private void write(Object item) throws IOException {
        if (item == HEARTBEAT) {
            emitter.send(SseEmitter.event().comment("heartbeat"));
            return;
        }
        LiveMessage message = item instanceof LiveRecord record
                ? messages.render(record, audience).orElse(null)
                : (LiveMessage) item;
        if (message == null) {
            return;
        }
        SseEmitter.SseEventBuilder event = SseEmitter.event().name(message.name());
        if (message.id() != null) {
            event.id(message.id());
        }
        emitter.send(event.data(message.data(), MediaType.APPLICATION_JSON));
    }
}
