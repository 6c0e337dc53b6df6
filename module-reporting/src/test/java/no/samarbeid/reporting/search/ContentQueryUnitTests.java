package no.samarbeid.reporting.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import no.samarbeid.core.web.InvalidInputException;
import org.junit.jupiter.api.Test;

/** What a search may ask, and the CSV of its hits that no spreadsheet runs as a formula. */
class ContentQueryUnitTests {

    @Test
    void facetsNarrowAndSeveralValuesOfOneFacetWiden() {
        ContentQuery query = ContentQuery.of(Map.of(
                "q", new String[] {" kaffe "}, "county", new String[] {"03", "46"}, "year", new String[] {"2026"}));
        assertThat(query.text()).isEqualTo("kaffe");
        assertThat(query.filters()).containsEntry(Facet.COUNTY, List.of("03", "46"));
        assertThat(query.page()).isEqualTo(1);
        assertThat(query.size()).isEqualTo(20);
    }

    @Test
    void unknownFacetsMalformedValuesTooLongQueriesAndPagesOutOfRangeAreRefusedByName() {
        assertRefused(Map.of("colour", new String[] {"red"}), "search-parameter", "colour");
        assertRefused(Map.of("county", new String[] {"Oslo"}), "search-facet-value", "county");
        assertRefused(Map.of("q", new String[] {"a".repeat(201)}), "search-query", 200);
        assertRefused(Map.of("page", new String[] {"0"}), "search-page", 500);
        assertRefused(Map.of("page", new String[] {"501"}), "search-page", 500);
        assertRefused(Map.of("size", new String[] {"101"}), "search-size", 100);
    }

    @Test
    void aCellThatASpreadsheetWouldRunIsDefused() {
        assertThat(SearchCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(SearchCsv.cell("+47")).isEqualTo("\"'+47\"");
        assertThat(SearchCsv.cell("@SUM")).isEqualTo("\"'@SUM\"");
        assertThat(SearchCsv.cell("Kaffe")).isEqualTo("\"Kaffe\"");
        assertThat(SearchCsv.cell(null)).isEqualTo("\"\"");
    }

    private static void assertRefused(Map<String, String[]> parameters, String code, Object argument) {
        assertThatThrownBy(() -> ContentQuery.of(parameters)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.arguments()).contains(argument);
        });
    }
}
