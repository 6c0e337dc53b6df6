/**
 * Impact: collaborations from sketch to evaluation, their stage, effects per stakeholder, indicators with baseline and target, and measurements.
 */
@ApplicationModule(displayName = "Impact")
@NullMarked
package no.samarbeid.impact;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
