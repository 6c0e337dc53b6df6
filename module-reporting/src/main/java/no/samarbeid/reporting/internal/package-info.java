/**
 * Reporting's internals: the Elasticsearch read models fed by the workshops' and core's events, the central tenant
 * and national filters of every query, and the search API.
 */
@NullMarked
package no.samarbeid.reporting.internal;

import org.jspecify.annotations.NullMarked;
