package no.samarbeid.core.events;

/**
 * A record that no retry can process (missing headers, data that is not the event's JSON): it goes to the
 * dead-letter topic at once, so it never blocks its partition.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
