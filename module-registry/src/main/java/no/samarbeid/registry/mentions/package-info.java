/**
 * Mentions of potential partners from the workshops' sheet 5 (tenant-owned, row-level security), their suggestions
 * and links to entries, and the national counts of shared, confirmed links. Face: {@link
 * no.samarbeid.registry.mentions.MentionService} and {@link no.samarbeid.registry.mentions.MentionCounts}.
 */
@NullMarked
package no.samarbeid.registry.mentions;

import org.jspecify.annotations.NullMarked;
