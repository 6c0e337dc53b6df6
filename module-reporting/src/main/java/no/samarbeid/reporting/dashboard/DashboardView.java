package no.samarbeid.reporting.dashboard;

import java.util.List;

/**
 * What the dashboard shows, every panel as rows of numbers (the charts draw the same rows): uptake by county and by
 * quarter, the sheet funnel, meeting places named most (cluster headings), the myths by county, other myths, next
 * steps by theme, partner mentions by county, and the collaboration pipeline: collaborations by stage and theme.
 */
record DashboardView(
        List<Count> uptakeByCounty,
        List<Count> uptakeByQuarter,
        List<Count> funnel,
        List<Count> meetingPlaces,
        List<MythCell> myths,
        List<String> otherMyths,
        List<Count> nextStepsByTheme,
        List<Count> partnersByCounty,
        List<PipelineCell> pipeline) {

    /** A key (county number, quarter, sheet key, heading, theme) with its label and counts. */
    record Count(String key, String label, long count, long municipalities) {}

    /** Collaborations at a stage with a theme ({@code none} when the collaboration has no theme). */
    record PipelineCell(String stage, String theme, long collaborations) {}

    /** One cell of the myths heat map: of the tables of a county that assessed a myth, how many say it lives. */
    record MythCell(String myth, String county, String countyName, long tables, long living) {

        /** The share in whole percent. */
        public long percent() {
            return tables == 0 ? 0 : Math.round(100.0 * living / tables);
        }
    }
}
