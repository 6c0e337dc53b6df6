package no.samarbeid.reporting.indexing;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import org.elasticsearch.client.ResponseException;
import org.jspecify.annotations.Nullable;

/**
 * Which Elasticsearch failures are passing: too many requests (429), a server error (5xx), a conflict with another
 * writer (409) or a connection that failed. Those are retried until they pass instead of parking the event as a dead
 * letter.
 */
final class ElasticsearchFailures {

    private ElasticsearchFailures() {}

    static boolean transientFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Integer status = status(cause);
            if (status != null && (status == 429 || status == 409 || status >= 500)) {
                return true;
            }
            if (cause instanceof java.net.ConnectException
                    || cause instanceof java.net.SocketTimeoutException
                    || cause instanceof org.apache.http.ConnectionClosedException
                    || cause instanceof java.net.SocketException) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable Integer status(Throwable cause) {
        if (cause instanceof ElasticsearchException e) {
            return e.status();
        }
        if (cause instanceof TransportException e) {
            return e.statusCode();
        }
        if (cause instanceof ResponseException e) {
            return e.getResponse().getStatusLine().getStatusCode();
        }
        if (cause instanceof BulkFailure e) {
            return e.status;
        }
        return null;
    }

    /** A failed item of a bulk request, with its HTTP status. */
    static final class BulkFailure extends RuntimeException {

        private final int status;

        BulkFailure(int status, String message) {
            super("Bulk item failed with " + status + ": " + message);
            this.status = status;
        }
    }
}
