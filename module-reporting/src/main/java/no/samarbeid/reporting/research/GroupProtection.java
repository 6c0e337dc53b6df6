package no.samarbeid.reporting.research;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Suppression across the tables of one measure (they share a grand total): when one table's suppressed cells could
 * not be protected within the table (too few cells) while another table publishes all of its cells and so reveals
 * the total, every cell of every table of the measure is suppressed.
 */
final class GroupProtection {

    private GroupProtection() {}

    /** {@code tables}: each table's cells as counted and as {@link DisclosureControl} published them, by table key. */
    static Map<String, List<PublishedCell>> protect(
            Map<String, List<Cell>> counted, Map<String, List<PublishedCell>> published, Thresholds thresholds) {
        boolean unprotected = false;
        boolean revealsTotal = false;
        for (var table : published.entrySet()) {
            List<Cell> cells = counted.get(table.getKey());
            long suppressedCount =
                    table.getValue().stream().filter(PublishedCell::suppressed).count();
            long suppressedSum = 0;
            for (int i = 0; i < cells.size(); i++) {
                if (table.getValue().get(i).suppressed()) {
                    suppressedSum += cells.get(i).value();
                }
            }
            if (suppressedCount == 0) {
                revealsTotal = true;
            } else if (suppressedCount < 2 || suppressedSum < thresholds.minContributors()) {
                unprotected = true;
            }
        }
        if (!(unprotected && revealsTotal)) {
            return published;
        }
        return suppressAll(published);
    }

    /** Every cell of the tables suppressed: the last resort when an audit finds a cell it could narrow. */
    static Map<String, List<PublishedCell>> suppressAll(Map<String, List<PublishedCell>> published) {
        Map<String, List<PublishedCell>> all = new LinkedHashMap<>();
        published.forEach((key, cells) -> {
            List<PublishedCell> suppressed = new ArrayList<>();
            cells.forEach(cell -> suppressed.add(new PublishedCell(cell.key(), null, true)));
            all.put(key, suppressed);
        });
        return all;
    }
}
