package no.samarbeid.core.events;

/**
 * A consumer could not apply an event for a passing reason (e.g. a server it writes to answered 429 or 503): the
 * listener retries the record until it passes instead of sending it to the dead-letter topic, like a refused
 * connection.
 */
public class TransientEventFailureException extends RuntimeException {

    public TransientEventFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
