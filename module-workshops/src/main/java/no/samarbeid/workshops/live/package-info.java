/**
 * The live board: server-sent event streams per table and plenary, fanned out through Kafka to every instance,
 * replay by Last-Event-ID, and presence (connected counts). Its face: {@link
 * no.samarbeid.workshops.live.PageConnections}; the streams are its own endpoints.
 */
@NullMarked
package no.samarbeid.workshops.live;

import org.jspecify.annotations.NullMarked;
