package no.samarbeid.workshops.workshop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import no.samarbeid.core.web.RetryLaterException;
import org.springframework.stereotype.Component;

/**
 * Limits joining by code, per app instance, each refusal a 429 with {@code Retry-After}: per real client (its address
 * as {@code TrustedProxies} resolves it behind the reverse proxy), {@value #MAX_FAILURES} wrong codes within
 * {@link #WINDOW} refuse that client until the oldest leaves the window, so codes cannot be guessed and one
 * typo-prone room does not lock out the rest of the country; per workshop, at most {@value #MAX_JOINS_PER_MINUTE}
 * joins a minute, so a leaked code cannot flood a workshop with guests. Why guessing stays infeasible:
 * docs/security.md.
 */
@Component
class JoinAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);
    static final int MAX_JOINS_PER_MINUTE = 120;

    private final Window failures = new Window(MAX_FAILURES, WINDOW);
    private final Window joins = new Window(MAX_JOINS_PER_MINUTE, Duration.ofMinutes(1));
    private final Clock clock;

    JoinAttempts(Clock clock) {
        this.clock = clock;
    }

    /** Refuses a client with too many wrong codes in the window. */
    void requireAllowed(String client) {
        Duration wait = failures.waitFor(client, clock.instant());
        if (!wait.isZero()) {
            throw new RetryLaterException("join.too-many-attempts", wait);
        }
    }

    void failed(String client) {
        failures.record(client, clock.instant());
    }

    /** Counts a join of the workshop, refusing it when the workshop's joins of the last minute are used up. */
    void joining(UUID workshopId) {
        String key = workshopId.toString();
        Instant now = clock.instant();
        Duration wait = joins.waitFor(key, now);
        if (!wait.isZero()) {
            throw new RetryLaterException("join.workshop-busy", wait);
        }
        joins.record(key, now);
    }

    /** A sliding window of events per key. */
    private static final class Window {

        private final int max;
        private final Duration length;
        private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

        Window(int max, Duration length) {
            this.max = max;
            this.length = length;
        }

        /** How long until the key may act again: zero if it may now. */
        Duration waitFor(String key, Instant now) {
            Deque<Instant> recent = events.get(key);
            if (recent == null) {
                return Duration.ZERO;
            }
            synchronized (recent) {
                Instant cutoff = now.minus(length);
                while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
                    recent.pollFirst();
                }
                if (recent.isEmpty()) {
                    events.remove(key, recent);
                    return Duration.ZERO;
                }
                return recent.size() >= max ? Duration.between(cutoff, recent.peekFirst()) : Duration.ZERO;
            }
        }

        void record(String key, Instant now) {
            Deque<Instant> recent = events.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (recent) {
                recent.addLast(now);
            }
        }
    }
}
