package no.samarbeid.workshops.live;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * How many browsers follow each table's live page, over every app instance (a count, never names). Each instance
 * counts its own streams and reports them to the others ({@link PresenceConfiguration}) when they change and on every
 * heartbeat; a report holds for three heartbeats, so an instance that dies drops out. Whenever a table's total
 * changes, its streams get it as a {@code presence} event.
 */
@Component
public class PageConnections {

    private final String instance = UUID.randomUUID().toString();
    private final ConcurrentMap<UUID, Local> local = new ConcurrentHashMap<>();
    private final ConcurrentMap<UUID, Map<String, PresenceReport>> remote = new ConcurrentHashMap<>();
    private final ConcurrentMap<UUID, Integer> announced = new ConcurrentHashMap<>();
    private final LiveHub hub;
    private final Clock clock;
    private final long validFor;
    private volatile Consumer<PresenceReport> reporter = report -> {};

    PageConnections(LiveHub hub, Clock clock, @Value("${samarbeid.live.heartbeat:PT15S}") Duration heartbeat) {
        this.hub = hub;
        this.clock = clock;
        this.validFor = heartbeat.multipliedBy(3).toMillis();
    }

    /** Where this instance's reports go (Kafka, when live streams are on). */
    void reportTo(Consumer<PresenceReport> reporter) {
        this.reporter = reporter;
    }

    /** Counts a table's page stream until it ends (emitters keep every callback, so the hub's still run). */
    SseEmitter track(UUID workshopId, UUID tableId, SseEmitter emitter) {
        Local count = local.computeIfAbsent(tableId, id -> new Local(workshopId, new AtomicInteger()));
        count.open().incrementAndGet();
        changed(tableId, count);
        var ended = new AtomicBoolean();
        Runnable end = () -> {
            if (ended.compareAndSet(false, true)) {
                count.open().decrementAndGet();
                changed(tableId, count);
            }
        };
        emitter.onCompletion(end);
        emitter.onTimeout(end);
        emitter.onError(error -> end.run());
        return emitter;
    }

    /** The table's followers on every instance whose report still holds. */
    public int count(UUID tableId) {
        long now = clock.millis();
        Local mine = local.get(tableId);
        int others = remote.getOrDefault(tableId, Map.of()).values().stream()
                .filter(report -> report.validUntil() > now)
                .mapToInt(PresenceReport::connected)
                .sum();
        return Math.max(0, mine == null ? 0 : mine.open().get()) + others;
    }

    /** A report of another instance. */
    void heard(PresenceReport report) {
        if (report.instance().equals(instance)) {
            return;
        }
        remote.computeIfAbsent(report.tableId(), id -> new ConcurrentHashMap<>())
                .put(report.instance(), report);
        announce(report.workshopId(), report.tableId());
    }

    /** Reports every followed table again and lets expired reports of other instances go. */
    @Scheduled(
            initialDelayString = "${samarbeid.live.heartbeat:PT15S}",
            fixedDelayString = "${samarbeid.live.heartbeat:PT15S}")
    void heartbeat() {
        local.forEach((tableId, count) -> {
            report(tableId, count);
            if (count.open().get() <= 0) {
                local.remove(tableId, count);
            }
        });
        long now = clock.millis();
        remote.forEach((tableId, reports) -> {
            PresenceReport any = reports.values().stream().findAny().orElse(null);
            if (reports.values().removeIf(report -> report.validUntil() <= now) && any != null) {
                announce(any.workshopId(), tableId);
            }
        });
    }

    private void changed(UUID tableId, Local count) {
        report(tableId, count);
        announce(count.workshopId(), tableId);
    }

    private void report(UUID tableId, Local count) {
        reporter.accept(new PresenceReport(
                instance, count.workshopId(), tableId, Math.max(0, count.open().get()), clock.millis() + validFor));
    }

    private void announce(UUID workshopId, UUID tableId) {
        int total = count(tableId);
        Integer before = announced.put(tableId, total);
        if (before == null || before != total) {
            hub.presence(workshopId, tableId, total);
        }
        if (total == 0) {
            announced.remove(tableId, 0);
        }
    }

    private record Local(UUID workshopId, AtomicInteger open) {}
}
