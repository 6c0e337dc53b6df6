package no.samarbeid.workshops.workshop;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import no.samarbeid.core.web.RetryLaterException;
import org.junit.jupiter.api.Test;

/** Wrong codes per client and joins per workshop, each refusal saying when to retry. */
class JoinAttemptsUnitTests {

    private final MovingClock clock = new MovingClock();
    private final JoinAttempts attempts = new JoinAttempts(clock);

    @Test
    void aClientWithFiveWrongCodesWaitsUntilTheOldestLeavesTheWindow() {
        for (int i = 0; i < JoinAttempts.MAX_FAILURES; i++) {
            attempts.failed("203.0.113.7");
            clock.advance(Duration.ofMinutes(1));
        }

        assertThatThrownBy(() -> attempts.requireAllowed("203.0.113.7"))
                .isInstanceOfSatisfying(
                        RetryLaterException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.retryAfterSeconds())
                                .isEqualTo(Duration.ofMinutes(5).toSeconds()));
        assertThatCode(() -> attempts.requireAllowed("203.0.113.8")).doesNotThrowAnyException();
        clock.advance(Duration.ofMinutes(5));
        assertThatCode(() -> attempts.requireAllowed("203.0.113.7")).doesNotThrowAnyException();
    }

    @Test
    void aWorkshopAdmitsALimitedNumberOfJoinsAMinute() {
        UUID workshop = UUID.randomUUID();
        for (int i = 0; i < JoinAttempts.MAX_JOINS_PER_MINUTE; i++) {
            attempts.joining(workshop);
        }

        assertThatThrownBy(() -> attempts.joining(workshop))
                .isInstanceOf(RetryLaterException.class)
                .hasMessage("join.workshop-busy");
        assertThatCode(() -> attempts.joining(UUID.randomUUID())).doesNotThrowAnyException();
        clock.advance(Duration.ofMinutes(1));
        assertThatCode(() -> attempts.joining(workshop)).doesNotThrowAnyException();
    }

    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2027-03-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
