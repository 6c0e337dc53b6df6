/**
 * Reporting: read models in Elasticsearch built from other modules' events, national search and dashboards over
 * shared content, researcher aggregates with small-cell suppression, and exports.
 */
@ApplicationModule(displayName = "Reporting")
@NullMarked
package no.samarbeid.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
