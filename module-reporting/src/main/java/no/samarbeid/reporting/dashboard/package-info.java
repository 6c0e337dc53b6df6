/**
 * Dashboard: the national coordinator's overview of shared content at a glance (uptake by county and over time on a
 * map, the sheet funnel, meeting places named most, the myths heat map, next steps by theme, partner mentions by
 * county), filtered by period and county, every number also in an accessible table and linked to the search that
 * explains it. Face: {@code GET /api/national/dashboard} and the page {@code /nasjonalt}.
 */
@NullMarked
package no.samarbeid.reporting.dashboard;

import org.jspecify.annotations.NullMarked;
