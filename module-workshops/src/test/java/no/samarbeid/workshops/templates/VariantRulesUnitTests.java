package no.samarbeid.workshops.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.samarbeid.core.web.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A municipality's variant: sheets left out, reordered, other minutes or texts, checked before it is stored. */
class VariantRulesUnitTests {

    private final Template base = TemplateCatalog.load(TemplateCatalog.LOCATION).get(0);

    @Test
    void aVariantLeavesOutAndReordersSheetsAndChangesMinutes() {
        VariantChanges changes = VariantRules.check(
                base,
                List.of(
                        keep("purpose-and-rules"),
                        new SheetChange("potential-partners", 25, null, null, null),
                        keep("why-collaborate"),
                        keep("meeting-points")));

        ResolvedTemplate variant = changes.applyTo(base, "variant:x:1", "Kortversjon");

        assertThat(variant.sheets())
                .extracting(Sheet::number, Sheet::key, Sheet::minutes)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "purpose-and-rules", 5),
                        org.assertj.core.groups.Tuple.tuple(2, "potential-partners", 25),
                        org.assertj.core.groups.Tuple.tuple(3, "why-collaborate", 20),
                        org.assertj.core.groups.Tuple.tuple(4, "meeting-points", 25));
        assertThat(variant.variantName()).isEqualTo("Kortversjon");
        assertThat(variant.edition()).isEqualTo("veier-til-samarbeid:2017");
        assertThat(variant.sheet("potential-partners").orElseThrow().zones())
                .isEqualTo(base.sheet("potential-partners").orElseThrow().zones());
    }

    @Test
    void aTextChangedInOneLanguageKeepsTheOthersFromTheBase() {
        var title = new TextChange("  Hvorfor samarbeide hos oss?  ", null, null);
        var tips = new TextListChange(List.of("Hva gjør vi først?", "Hvem gjør hva?"), null, null);
        VariantChanges changes =
                VariantRules.check(base, List.of(new SheetChange("new-meeting-places", null, title, null, tips)));

        Sheet sheet = changes.applyTo(base, "variant:x:1", "Vår").sheets().get(0);

        Sheet original = base.sheet("new-meeting-places").orElseThrow();
        assertThat(sheet.title())
                .isEqualTo(new LocalizedText(
                        "Hvorfor samarbeide hos oss?",
                        original.title().nn(),
                        original.title().en()));
        assertThat(sheet.tips()).extracting(LocalizedText::nb).containsExactly("Hva gjør vi først?", "Hvem gjør hva?");
        assertThat(sheet.tips())
                .extracting(LocalizedText::en)
                .containsExactly("What is the first step?", "Who can do what?");
        assertThat(sheet.instructions()).isEqualTo(original.instructions());
    }

    @Test
    void listsOfAnotherLengthNeedEveryLanguage() {
        var fewer = new TextListChange(List.of("Diskuter."), null, null);
        var complete = new TextListChange(List.of("Diskuter."), List.of("Diskuter."), List.of("Discuss."));

        assertRefused(
                List.of(new SheetChange("why-collaborate", null, null, fewer, null)), "template.variant.text-count");
        assertThat(VariantRules.check(base, List.of(new SheetChange("why-collaborate", null, null, complete, null)))
                        .applyTo(base, "variant:x:1", "V")
                        .sheets()
                        .get(0)
                        .instructions())
                .containsExactly(new LocalizedText("Diskuter.", "Diskuter.", "Discuss."));
    }

    @Test
    void refusesNoSheetsUnknownAndDuplicateSheets() {
        assertRefused(null, "template.variant.no-sheets");
        assertRefused(List.of(), "template.variant.no-sheets");
        assertRefused(List.of(keep("why-collaborate"), keep("no-such-sheet")), "template.variant.sheet-unknown");
        assertRefused(Arrays.asList(keep("why-collaborate"), null), "template.variant.sheet-unknown");
        assertRefused(List.of(new SheetChange(null, 5, null, null, null)), "template.variant.sheet-unknown");
        assertRefused(List.of(keep("why-collaborate"), keep("why-collaborate")), "template.variant.sheet-duplicate");
    }

    @Test
    void refusesMinutesOutsideOneToOneHundredEighty() {
        assertRefused(List.of(new SheetChange("effects", 0, null, null, null)), "template.variant.minutes");
        assertRefused(List.of(new SheetChange("effects", 181, null, null, null)), "template.variant.minutes");
        assertThat(VariantRules.check(base, List.of(new SheetChange("effects", 180, null, null, null))))
                .isNotNull();
        assertThat(VariantRules.check(base, List.of(new SheetChange("effects", 1, null, null, null))))
                .isNotNull();
    }

    @Test
    void refusesBlankOrTooLongTextsAndTooManyItems() {
        assertRefused(title(new TextChange(" ", null, null)), "template.variant.text-blank");
        assertRefused(
                title(new TextChange(null, "x".repeat(VariantRules.MAX_TITLE + 1), null)),
                "template.variant.text-too-long");
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i <= VariantRules.MAX_TEXTS; i++) {
            tooMany.add("Punkt " + i);
        }
        assertRefused(tips(new TextListChange(tooMany, tooMany, tooMany)), "template.variant.too-many-texts");
        assertRefused(tips(new TextListChange(Arrays.asList("Ja", null), null, null)), "template.variant.text-blank");
        List<String> tooLong = List.of("x".repeat(VariantRules.MAX_TEXT + 1), "y");
        assertRefused(tips(new TextListChange(tooLong, null, null)), "template.variant.text-too-long");
    }

    @Test
    void aVariantNeedsAName() {
        assertThat(VariantRules.name("  Oslos kortversjon ")).isEqualTo("Oslos kortversjon");
        assertThatThrownBy(() -> VariantRules.name(" "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("template.variant.name");
        assertThatThrownBy(() -> VariantRules.name("x".repeat(VariantRules.MAX_NAME + 1)))
                .hasMessage("template.variant.name");
    }

    private void assertRefused(List<SheetChange> sheets, String code) {
        assertThatThrownBy(() -> VariantRules.check(base, sheets))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(code);
    }

    private static SheetChange keep(String key) {
        return new SheetChange(key, null, null, null, null);
    }

    private static List<SheetChange> title(TextChange title) {
        return List.of(new SheetChange("effects", null, title, null, null));
    }

    private static List<SheetChange> tips(TextListChange tips) {
        return List.of(new SheetChange("new-meeting-places", null, null, null, tips));
    }
}
