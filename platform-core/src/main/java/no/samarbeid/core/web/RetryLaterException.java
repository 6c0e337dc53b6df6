package no.samarbeid.core.web;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/** A refusal for now (429): answered with a {@code Retry-After} header in whole seconds. */
public class RetryLaterException extends DomainException {

    private final Duration retryAfter;

    public RetryLaterException(String code, Duration retryAfter, Object... arguments) {
        super(HttpStatus.TOO_MANY_REQUESTS, code, arguments);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds until a retry may succeed, at least 1. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
