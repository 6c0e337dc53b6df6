/**
 * The events reporting consumes, read as reporting's own records (tolerant reader: only the fields it needs, unknown
 * ones ignored), so it depends on no producer's jar. {@link ConsumedEvents#TYPES} maps each producer's CloudEvents
 * type to its record; tests parse the producers' pinned contract files with these records. Face: the records and
 * {@link ConsumedEvents}.
 */
@NullMarked
package no.samarbeid.reporting.consumed;

import org.jspecify.annotations.NullMarked;
