package no.samarbeid.reporting.research;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Statistical disclosure control for one table in the style of Statistics Norway. Primary suppression: a cell with
 * fewer contributors or municipalities than the thresholds (so every cell of county 03 Oslo, a county of one
 * municipality). Secondary suppression: tables publish no margins, but every table of a measure sums to the same
 * total, which another table may reveal; so where a table suppresses anything it suppresses at least two cells whose
 * values add up to at least the contributor threshold, taking the smallest published cells first. Then any suppressed
 * cell can lie anywhere in an interval at least that wide, whatever else the snapshot publishes.
 */
final class DisclosureControl {

    private final Thresholds thresholds;

    public DisclosureControl(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    public List<PublishedCell> protect(List<Cell> cells) {
        List<Cell> suppressed = new ArrayList<>();
        List<Cell> published = new ArrayList<>();
        for (Cell cell : cells) {
            (primary(cell) ? suppressed : published).add(cell);
        }
        published.sort(Comparator.comparingLong(Cell::value).thenComparing(cell -> String.join("|", cell.key())));
        while (!suppressed.isEmpty() && !published.isEmpty() && !protects(suppressed)) {
            suppressed.add(published.remove(0));
        }
        return cells.stream()
                .map(cell -> suppressed.contains(cell)
                        ? new PublishedCell(cell.key(), null, true)
                        : new PublishedCell(cell.key(), cell.value(), false))
                .toList();
    }

    private boolean primary(Cell cell) {
        return cell.contributors() < thresholds.minContributors()
                || cell.municipalities() < thresholds.minMunicipalities();
    }

    private boolean protects(List<Cell> suppressed) {
        return suppressed.size() >= 2
                && suppressed.stream().mapToLong(Cell::value).sum() >= thresholds.minContributors();
    }
}
