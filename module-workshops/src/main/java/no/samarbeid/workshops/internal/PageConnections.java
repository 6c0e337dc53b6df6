package no.samarbeid.workshops.internal;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** How many browsers follow each table's live page stream on this instance (a count, never names). */
@Component
class PageConnections {

    private final ConcurrentMap<UUID, AtomicInteger> open = new ConcurrentHashMap<>();

    /** Counts the stream until it ends (emitters keep every callback registered, so the hub's still run). */
    SseEmitter track(UUID tableId, SseEmitter emitter) {
        AtomicInteger count = open.computeIfAbsent(tableId, id -> new AtomicInteger());
        count.incrementAndGet();
        var ended = new AtomicBoolean();
        Runnable end = () -> {
            if (ended.compareAndSet(false, true)) {
                count.decrementAndGet();
            }
        };
        emitter.onCompletion(end);
        emitter.onTimeout(end);
        emitter.onError(error -> end.run());
        return emitter;
    }

    int count(UUID tableId) {
        AtomicInteger count = open.get(tableId);
        return count == null ? 0 : Math.max(0, count.get());
    }
}
