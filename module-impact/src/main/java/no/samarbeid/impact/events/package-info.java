/**
 * Events of the impact module, published to the {@code samarbeid.impact} topic: what national insight needs to show
 * the pipeline of collaborations (tenant, sharing flag, theme and stage), never personal data. Other modules read
 * them as their own records.
 */
@NamedInterface("events")
@NullMarked
package no.samarbeid.impact.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
