/**
 * Sheet 9: verdicts on the six procurement myths and other myths, and the procurement thresholds in force. Its
 * face: {@link no.samarbeid.workshops.sheets.myths.MythService}, {@link
 * no.samarbeid.workshops.sheets.myths.ProcurementThresholds} and the views.
 */
@NullMarked
package no.samarbeid.workshops.sheets.myths;

import org.jspecify.annotations.NullMarked;
