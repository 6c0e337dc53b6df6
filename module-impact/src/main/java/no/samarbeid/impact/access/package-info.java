/**
 * Who may follow up the municipality's collaborations: its admins and facilitators write, its participants read.
 * Face: {@link no.samarbeid.impact.access.ImpactAccess}.
 */
@NullMarked
package no.samarbeid.impact.access;

import org.jspecify.annotations.NullMarked;
