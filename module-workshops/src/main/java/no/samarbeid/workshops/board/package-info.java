/**
 * The participant board and the projector: the open sheet, notes by zone and the forms of sheets 5-10, live. No
 * face: pages only.
 */
@NullMarked
package no.samarbeid.workshops.board;

import org.jspecify.annotations.NullMarked;
