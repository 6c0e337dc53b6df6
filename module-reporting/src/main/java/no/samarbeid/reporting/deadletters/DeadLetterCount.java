package no.samarbeid.reporting.deadletters;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * How many dead letters wait for an operator: a detail of the health component {@code reportingDeadLetters} (up;
 * waiting letters are work, not an outage) and the gauge {@code samarbeid.reporting.dead.letters}. Counted at most
 * every 30 seconds, since counting reads the dead-letter topics.
 */
@Component("reportingDeadLetters")
class DeadLetterCount extends AbstractHealthIndicator {

    private static final Duration FRESH = Duration.ofSeconds(30);

    private final DeadLetterInbox inbox;
    private volatile long waiting = -1;
    private volatile Instant countedAt = Instant.EPOCH;

    DeadLetterCount(DeadLetterInbox inbox, ObjectProvider<MeterRegistry> registry) {
        super("Counting reporting's dead letters failed");
        this.inbox = inbox;
        registry.ifAvailable(meters -> Gauge.builder("samarbeid.reporting.dead.letters", this, DeadLetterCount::current)
                .description("Events reporting parked in its dead-letter topics that no operator has replayed")
                .register(meters));
    }

    double current() {
        try {
            return waiting(false);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    synchronized long waiting(boolean now) {
        if (now || waiting < 0 || countedAt.plus(FRESH).isBefore(Instant.now())) {
            waiting = inbox.waiting();
            countedAt = Instant.now();
        }
        return waiting;
    }

    /** Takes the count from a listing just read. */
    synchronized void update(java.util.List<DeadLetter> letters) {
        waiting = letters.stream().filter(letter -> !letter.replayed()).count();
        countedAt = Instant.now();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up().withDetail("waiting", waiting(false));
    }
}
