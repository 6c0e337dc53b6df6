package no.samarbeid.reporting.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * Small cells are suppressed, Oslo never published, and an audit by linear programming over everything a snapshot
 * publishes finds no suppressed cell pinned to an interval narrower than the threshold.
 */
class DisclosureControlUnitTests {

    private static final Thresholds RULE = Thresholds.floor();
    private static final List<String> COUNTIES =
            List.of("03", "11", "15", "18", "31", "32", "33", "34", "39", "40", "42", "46", "50", "55", "56");

    @Test
    void aCellOfFewerThanFiveContributorsOrThreeMunicipalitiesIsSuppressedAndOsloAlways() {
        List<PublishedCell> published = new DisclosureControl(RULE)
                .protect(List.of(
                        new Cell(List.of("03", "meeting-points"), 400, 60, 1),
                        new Cell(List.of("46", "meeting-points"), 40, 4, 3),
                        new Cell(List.of("50", "meeting-points"), 90, 12, 4),
                        new Cell(List.of("11", "meeting-points"), 30, 6, 3)));

        assertThat(published.get(0).suppressed()).isTrue();
        assertThat(published.get(0).value()).isNull();
        assertThat(published.get(1).suppressed()).isTrue();
        assertThat(published.get(2).value()).isEqualTo(90);
    }

    @Test
    void theThresholdsCanBeRaisedButNeverLoweredBelowTheFloor() {
        assertThat(new Thresholds(10, 4).minContributors()).isEqualTo(10);
        assertThatThrownBy(() -> new Thresholds(3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Thresholds(5, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLoneSmallCellTakesAnotherCellWithItSoTheTotalsOfOtherTablesDoNotRevealIt() {
        Map<String, List<Cell>> counted = new LinkedHashMap<>();
        counted.put(
                "by-county",
                List.of(
                        new Cell(List.of("46"), 3, 3, 3),
                        new Cell(List.of("50"), 20, 9, 4),
                        new Cell(List.of("11"), 40, 12, 5)));
        counted.put(
                "by-band",
                List.of(new Cell(List.of("under-5000"), 33, 10, 6), new Cell(List.of("50000-og-over"), 30, 14, 6)));

        Map<String, List<PublishedCell>> snapshot = snapshot(counted, RULE);

        assertThat(snapshot.get("by-county"))
                .filteredOn(PublishedCell::suppressed)
                .hasSize(2);
        assertThat(SuppressionAudit.intervals(snapshot))
                .allSatisfy(interval -> assertThat(interval.width()).isGreaterThanOrEqualTo(RULE.minContributors()));
    }

    @Test
    void theAuditFindsALoneSuppressedCellThatAnotherTablesTotalReveals() {
        Map<String, List<PublishedCell>> primaryOnly = new LinkedHashMap<>();
        primaryOnly.put(
                "by-county",
                List.of(
                        new PublishedCell(List.of("46"), null, true),
                        new PublishedCell(List.of("50"), 20L, false),
                        new PublishedCell(List.of("11"), 40L, false)));
        primaryOnly.put("by-band", List.of(new PublishedCell(List.of("under-5000"), 63L, false)));

        assertThat(SuppressionAudit.intervals(primaryOnly)).singleElement().satisfies(interval -> {
            assertThat(interval.min()).isEqualTo(3);
            assertThat(interval.width()).isZero();
        });
    }

    @RepeatedTest(40)
    void noSuppressedCellOfARandomSnapshotCanBeNarrowedBelowTheThreshold(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        Thresholds rule = random.nextBoolean() ? RULE : new Thresholds(8, 4);
        Map<String, List<Cell>> counted = new LinkedHashMap<>();
        counted.put("by-county-sheet", randomTable(random, 2));
        counted.put("by-county", randomTable(random, 1));
        counted.put("by-band-quarter", randomTable(random, 2));

        Map<String, List<PublishedCell>> snapshot = snapshot(counted, rule);

        assertThat(snapshot.values().stream().flatMap(List::stream))
                .filteredOn(cell -> cell.key().get(0).equals("03"))
                .allSatisfy(cell -> assertThat(cell.suppressed()).isTrue());
        assertThat(SuppressionAudit.intervals(snapshot))
                .allSatisfy(interval -> assertThat(interval.width())
                        .as("%s %s", interval.table(), interval.key())
                        .isGreaterThanOrEqualTo(rule.minContributors()));
    }

    /** The snapshot's tables of one measure, as {@code Snapshots} publishes them. */
    private static Map<String, List<PublishedCell>> snapshot(Map<String, List<Cell>> counted, Thresholds rule) {
        Map<String, List<PublishedCell>> published = new LinkedHashMap<>();
        counted.forEach((key, cells) -> published.put(key, new DisclosureControl(rule).protect(cells)));
        return GroupProtection.protect(counted, published, rule);
    }

    private static List<Cell> randomTable(Random random, int dimensions) {
        List<Cell> cells = new ArrayList<>();
        for (String county : COUNTIES) {
            for (int other = 0; other < (dimensions == 1 ? 1 : 1 + random.nextInt(4)); other++) {
                if (random.nextInt(4) == 0) {
                    continue;
                }
                int contributors = 1 + random.nextInt(12);
                int municipalities = county.equals("03") ? 1 : 1 + random.nextInt(Math.min(contributors, 6));
                long value = contributors + random.nextInt(40);
                cells.add(new Cell(List.of(county, "d" + other), value, contributors, municipalities));
            }
        }
        return cells;
    }
}
