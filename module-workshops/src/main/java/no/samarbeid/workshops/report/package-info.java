/** A workshop's report as a page, PDF and CSV (one row per note). No face: pages and endpoints only. */
@NullMarked
package no.samarbeid.workshops.report;

import org.jspecify.annotations.NullMarked;
