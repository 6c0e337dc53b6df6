package no.samarbeid.workshops.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A workshop keeps its template as a JSON snapshot: it must come back exactly as it was. */
class ResolvedTemplateJsonUnitTests {

    private final JsonMapper json = JsonMapper.builder().build();
    private final Template base = TemplateCatalog.load(TemplateCatalog.LOCATION).get(0);

    @Test
    void aNationalEditionRoundTripsThroughJson() {
        ResolvedTemplate template = base.resolved();

        String snapshot = json.writeValueAsString(template);

        assertThat(json.readValue(snapshot, ResolvedTemplate.class)).isEqualTo(template);
        assertThat(json.readTree(snapshot).path("reference").asString()).isEqualTo("veier-til-samarbeid:2017");
        assertThat(json.readTree(snapshot).properties())
                .extracting(java.util.Map.Entry::getKey)
                .containsExactlyInAnyOrder(
                        "reference", "edition", "variantName", "title", "subtitle", "guide", "sheets");
    }

    @Test
    void aVariantRoundTripsThroughJsonWithItsReference() {
        ResolvedTemplate variant = VariantRules.check(
                        base,
                        List.of(
                                new SheetChange("effects", 30, new TextChange(null, null, "Effects?"), null, null),
                                new SheetChange("next-steps", null, null, null, null)))
                .applyTo(base, "variant:3f1b6a52-8c0d-4f7e-9a21-5b6c7d8e9f01:2", "Oslo");

        ResolvedTemplate copy = json.readValue(json.writeValueAsString(variant), ResolvedTemplate.class);

        assertThat(copy).isEqualTo(variant);
        assertThat(copy.reference()).isEqualTo("variant:3f1b6a52-8c0d-4f7e-9a21-5b6c7d8e9f01:2");
        assertThat(copy.sheets().get(0).title().en()).isEqualTo("Effects?");
    }

    @Test
    void storedChangesRoundTripThroughTheirJson() {
        var changes = new VariantChanges(List.of(new SheetChange(
                "effects", 30, new TextChange("Effekter?", null, null), null, new TextListChange(null, null, null))));

        assertThat(TemplateJson.read(TemplateJson.write(changes), VariantChanges.class))
                .isEqualTo(changes);
    }
}
