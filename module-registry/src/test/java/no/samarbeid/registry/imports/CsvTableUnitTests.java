package no.samarbeid.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.samarbeid.core.web.InvalidFieldException;
import no.samarbeid.registry.entries.Registration;
import org.junit.jupiter.api.Test;

class CsvTableUnitTests {

    @Test
    void quotedCellsKeepSeparatorsLineBreaksAndQuotesAndRowsKeepTheirLine() {
        String csv = "\uFEFForganisationNumber;name;description\r\n"
                + "110000014;\"Grønn; Vekst\";\"Første linje\nandre \"\"sitat\"\"\"\r\n"
                + "\n"
                + "123456785;Neste;\n";

        List<CsvTable.Row> rows = CsvTable.parse(csv);

        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).cells()).containsExactly("110000014", "Grønn; Vekst", "Første linje\nandre \"sitat\"");
        assertThat(rows.get(1).line()).isEqualTo(2);
        assertThat(rows.get(2).line()).isEqualTo(5);
    }

    @Test
    void aCommaSeparatedHeaderMakesCommasTheSeparator() {
        assertThat(CsvTable.parse("name,organisationForm\nA,AS").get(1).cells()).containsExactly("A", "AS");
    }

    @Test
    void anUnclosedQuoteIsRefusedNamingItsLine() {
        assertThatThrownBy(() -> CsvTable.parse("name\n\"open"))
                .isInstanceOf(InvalidFieldException.class)
                .hasFieldOrPropertyWithValue("field", "file");
    }

    @Test
    void columnsAreNamedByTheHeaderInAnyOrderAndCaseListsSplitOnBars() {
        var columns = EntryCsvRow.Columns.of(
                List.of("NAME", "organisationNumber", "organisationForm", "municipalityNumber", "themes", "nonprofit"));

        Registration registration = EntryCsvRow.registration(
                columns, new CsvTable.Row(2, List.of("Navn", "110000014", "AS", "0301", "helse | miljo", "ja")));

        assertThat(registration.name()).isEqualTo("Navn");
        assertThat(registration.nonprofit()).isTrue();
        assertThat(registration.profile().themes()).containsExactly("helse", "miljo");
    }

    @Test
    void anUnknownOrMissingColumnIsRefusedAsTheFile() {
        assertThatThrownBy(() -> EntryCsvRow.Columns.of(List.of("organisationNumber", "navn")))
                .isInstanceOf(InvalidFieldException.class)
                .hasFieldOrPropertyWithValue("field", "file");
        assertThatThrownBy(() -> EntryCsvRow.Columns.of(List.of("organisationNumber", "name")))
                .isInstanceOf(InvalidFieldException.class)
                .hasFieldOrPropertyWithValue("field", "file");
    }

    @Test
    void aRefusedFieldIsReportedAsItsColumn() {
        assertThat(EntryCsvRow.columnOf("profile.themes[1]")).isEqualTo("themes");
        assertThat(EntryCsvRow.columnOf("profile.reach.counties[0]")).isEqualTo("reachCounties");
        assertThat(EntryCsvRow.columnOf("profile.reach.municipalities[2]")).isEqualTo("reachMunicipalities");
        assertThat(EntryCsvRow.columnOf("organisationNumber")).isEqualTo("organisationNumber");
    }
}
