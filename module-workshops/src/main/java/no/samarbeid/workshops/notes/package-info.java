/**
 * Post-it notes at a table: silent writing, the reveal at the phase change, edits, moves, clusters and dot votes.
 * Its face: {@link no.samarbeid.workshops.notes.NoteService}, {@link no.samarbeid.workshops.notes.ClusterService},
 * {@link no.samarbeid.workshops.notes.VoteService} and their views.
 */
@NullMarked
package no.samarbeid.workshops.notes;

import org.jspecify.annotations.NullMarked;
