/**
 * What impact reads from the workshops: their events on {@code samarbeid.workshops} (sketches, effects, measures,
 * next steps and sharing) as this module's own records (tolerant reader, checked against the workshops' pinned
 * contract files), handed to the collaborations and next steps in the event's tenant. No face: a Kafka listener.
 */
@NullMarked
package no.samarbeid.impact.workshopfeed;

import org.jspecify.annotations.NullMarked;
