package no.samarbeid.workshops.facilitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import no.samarbeid.workshops.templates.LocalizedText;
import no.samarbeid.workshops.templates.Sheet;
import no.samarbeid.workshops.templates.SheetKind;
import no.samarbeid.workshops.workshop.AgendaView;
import org.junit.jupiter.api.Test;

class AgendaFormUnitTests {

    @Test
    void theConsoleFormKeepsTickedSheetsInOrderAndBringsLeftOutOnesBackLast() {
        List<AgendaView> current = List.of(agenda("meeting-points", 25), agenda("why-collaborate", 20));

        List<AgendaView> read = AgendaForm.read(
                current,
                List.of(sheet(1, "why-collaborate"), sheet(2, "meeting-points"), sheet(3, "next-steps")),
                Map.of(
                        "keep.why-collaborate", "on",
                        "minutes.why-collaborate", " 15 ",
                        "keep.next-steps", "on",
                        "minutes.meeting-points", "40"));

        assertThat(read).extracting(AgendaView::sheetKey).containsExactly("why-collaborate", "next-steps");
        assertThat(read.get(0).minutes()).isEqualTo(15);
        assertThatThrownBy(() -> AgendaForm.read(
                        current, List.of(), Map.of("keep.why-collaborate", "on", "minutes.why-collaborate", "tjue")))
                .hasMessage("workshop.agenda-minutes");
    }

    private static Sheet sheet(int number, String key) {
        var title = new LocalizedText("Ark " + number, "Ark " + number, "Sheet " + number);
        return new Sheet(
                number,
                key,
                SheetKind.NOTES_IN_ZONES,
                10,
                title,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null);
    }

    private static AgendaView agenda(String key, int minutes) {
        return new AgendaView(key, minutes);
    }
}
