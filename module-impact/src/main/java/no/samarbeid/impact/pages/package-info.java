/**
 * The impact pages: the stage board ({@code /samarbeid}), a collaboration with its origin, effects, indicators (chart
 * and table), measurement and SROI forms ({@code /samarbeid/{id}}), and the next steps ({@code /samarbeid/neste-steg}).
 * No face: page controllers calling the collaborations' and next steps' services.
 */
@NullMarked
package no.samarbeid.impact.pages;

import org.jspecify.annotations.NullMarked;
