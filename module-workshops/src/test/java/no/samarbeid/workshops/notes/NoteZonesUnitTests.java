package no.samarbeid.workshops.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.samarbeid.workshops.templates.LocalizedText;
import no.samarbeid.workshops.templates.Myth;
import no.samarbeid.workshops.templates.Sheet;
import no.samarbeid.workshops.templates.SheetKind;
import no.samarbeid.workshops.templates.Zone;
import org.junit.jupiter.api.Test;

class NoteZonesUnitTests {

    @Test
    void notesMayUseTheZonesOfASheet() {
        Sheet sheet = sheet(
                "meeting-points",
                SheetKind.NOTES_IN_ZONES,
                List.of(zone("entrepreneur-view"), zone("municipality-view")),
                List.of());

        assertThat(NoteZones.keys(sheet)).containsExactlyInAnyOrder("entrepreneur-view", "municipality-view");
    }

    @Test
    void onAMythsSheetNotesMayAlsoUseTheMyths() {
        Sheet sheet = sheet(
                "procurement-myths",
                SheetKind.MYTHS,
                List.of(zone("other-myths")),
                List.of(new Myth("myth-1", text("Myte"), List.of())));

        assertThat(NoteZones.keys(sheet)).containsExactlyInAnyOrder("other-myths", "myth-1");
    }

    private static Sheet sheet(String key, SheetKind kind, List<Zone> zones, List<Myth> myths) {
        return new Sheet(1, key, kind, 20, text("Ark"), List.of(), zones, List.of(), List.of(), List.of(), myths, null);
    }

    private static Zone zone(String key) {
        return new Zone(key, text(key), null, List.of());
    }

    private static LocalizedText text(String text) {
        return new LocalizedText(text, text, text);
    }
}
