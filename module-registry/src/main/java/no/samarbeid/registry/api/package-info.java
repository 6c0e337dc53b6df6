/**
 * The registry's JSON API under {@code /api/registry}: public search and entries, proposals by municipalities, the
 * national coordinators' verification and merges, and the municipalities' mentions. Its face is HTTP only.
 */
@NullMarked
package no.samarbeid.registry.api;

import org.jspecify.annotations.NullMarked;
