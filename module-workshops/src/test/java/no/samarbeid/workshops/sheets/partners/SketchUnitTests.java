package no.samarbeid.workshops.sheets.partners;

import static no.samarbeid.workshops.sheets.SheetFixtures.NOW;
import static no.samarbeid.workshops.sheets.SheetFixtures.OTHER_TABLE;
import static no.samarbeid.workshops.sheets.SheetFixtures.TABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import no.samarbeid.workshops.events.CollaborationSketched;
import org.junit.jupiter.api.Test;

class SketchUnitTests {

    private final Partner partner = PartnerFixtures.partner(TABLE, "Kaffebrenneriet");

    @Test
    void aSketchBuildsOnAPartnerOfTheSameTableAndIsPublished() {
        Sketch sketch = Sketch.draw(TABLE, partner, details(partner.id()), NOW);

        assertThat(sketch.view(partner.name()).hasPhoto()).isFalse();
        assertThat(sketch.registeredEvents())
                .singleElement()
                .isInstanceOfSatisfying(CollaborationSketched.class, event -> {
                    assertThat(event.sketchId()).isEqualTo(sketch.id());
                    assertThat(event.partnerId()).isEqualTo(partner.id());
                    assertThat(event.partnerName()).isEqualTo("Kaffebrenneriet");
                    assertThat(event.sector()).isEqualTo("Helse og omsorg");
                    assertThat(event.projectType()).isEqualTo("DEVELOPMENT_PROJECT");
                    assertThat(event.procurement()).isTrue();
                    assertThat(event.deliveryForm()).isEqualTo("CLOSE_COLLABORATION");
                    assertThat(event.howItWorks()).isEqualTo("Kafé på sykehjemmet");
                });
    }

    @Test
    void refusesAPartnerOfAnotherTableOrAnotherPartnerThanAsked() {
        Partner elsewhere = PartnerFixtures.partner(OTHER_TABLE, "Et annet sted");

        assertThatThrownBy(() -> Sketch.draw(TABLE, elsewhere, details(elsewhere.id()), NOW))
                .hasMessage("sheets.sketch-partner");
        assertThatThrownBy(() -> Sketch.draw(TABLE, partner, details(UUID.randomUUID()), NOW))
                .hasMessage("sheets.sketch-partner");
        Sketch sketch = Sketch.draw(TABLE, partner, details(partner.id()), NOW);
        assertThatThrownBy(() -> sketch.revise(TABLE, elsewhere, details(elsewhere.id()), NOW))
                .hasMessage("sheets.sketch-partner");
    }

    @Test
    void refusesABlankSectorAndTooLongTexts() {
        UUID id = partner.id();
        assertThatThrownBy(() -> new SketchDetails(
                        id,
                        " ",
                        SketchProjectType.TEMPORARY_PROJECT,
                        false,
                        "",
                        SketchDeliveryForm.EXTERNAL_DELIVERY,
                        ""))
                .hasMessage("sheets.sketch-sector");
        assertThatThrownBy(() -> new SketchDetails(
                        id,
                        "Skole",
                        SketchProjectType.TEMPORARY_PROJECT,
                        false,
                        "x".repeat(501),
                        SketchDeliveryForm.EXTERNAL_DELIVERY,
                        ""))
                .hasMessage("sheets.sketch-involved");
        assertThatThrownBy(() -> new SketchDetails(
                        id,
                        "Skole",
                        SketchProjectType.TEMPORARY_PROJECT,
                        false,
                        "",
                        SketchDeliveryForm.EXTERNAL_DELIVERY,
                        "x".repeat(4001)))
                .hasMessage("sheets.sketch-how");
    }

    @Test
    void aPhotoMarksTheSketchWithoutPublishingAgain() {
        Sketch sketch = Sketch.draw(TABLE, partner, details(partner.id()), NOW);

        sketch.photographed(SketchPhoto.PNG);

        assertThat(sketch.view(partner.name()).hasPhoto()).isTrue();
        assertThat(sketch.registeredEvents()).hasSize(1);
    }

    private static SketchDetails details(UUID partnerId) {
        return new SketchDetails(
                partnerId,
                " Helse og omsorg ",
                SketchProjectType.DEVELOPMENT_PROJECT,
                true,
                "Innkjøp og tjenesteleder",
                SketchDeliveryForm.CLOSE_COLLABORATION,
                "Kafé på sykehjemmet");
    }
}
