/**
 * Sheet 5 (potential partners by reach) and sheet 6 (sketches of a collaboration, with an optional photo). Its
 * face: {@link no.samarbeid.workshops.sheets.partners.PartnerService}, {@link
 * no.samarbeid.workshops.sheets.partners.SketchService}, their details and views.
 */
@NullMarked
package no.samarbeid.workshops.sheets.partners;

import org.jspecify.annotations.NullMarked;
