package no.samarbeid.workshops.workshop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.samarbeid.core.web.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Limits wrong join codes per client: after {@value #MAX_FAILURES} wrong codes within {@link #WINDOW}, the client
 * is refused (429) until the window has passed, so codes cannot be guessed. Kept per app instance.
 */
@Component
class JoinAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    JoinAttempts(Clock clock) {
        this.clock = clock;
    }

    void requireAllowed(String client) {
        Deque<Instant> recent = failures.get(client);
        if (recent == null) {
            return;
        }
        synchronized (recent) {
            Instant cutoff = clock.instant().minus(WINDOW);
            while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
                recent.pollFirst();
            }
            if (recent.isEmpty()) {
                failures.remove(client, recent);
            } else if (recent.size() >= MAX_FAILURES) {
                throw new TooManyAttemptsException();
            }
        }
    }

    void failed(String client) {
        Deque<Instant> recent = failures.computeIfAbsent(client, key -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(clock.instant());
        }
    }

    static final class TooManyAttemptsException extends DomainException {
        TooManyAttemptsException() {
            super(HttpStatus.TOO_MANY_REQUESTS, "join.too-many-attempts");
        }
    }
}
