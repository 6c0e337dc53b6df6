/**
 * A workshop's report as a page, PDF and CSV. Its face: {@link no.samarbeid.workshops.report.ReportPageSession},
 * the page session also used by the admin page.
 */
@NullMarked
package no.samarbeid.workshops.report;

import org.jspecify.annotations.NullMarked;
