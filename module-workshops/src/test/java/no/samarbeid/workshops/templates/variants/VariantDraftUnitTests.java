package no.samarbeid.workshops.templates.variants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.workshops.templates.Sheet;
import no.samarbeid.workshops.templates.SheetChange;
import no.samarbeid.workshops.templates.Template;
import no.samarbeid.workshops.templates.TemplateCatalog;
import no.samarbeid.workshops.templates.TextChange;
import no.samarbeid.workshops.templates.VariantDefinition;
import no.samarbeid.workshops.templates.VariantRequest;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

/** The variant editor's form as a draft: moved sheets, left-out sheets, and only real changes sent to the domain. */
class VariantDraftUnitTests {

    private final Template base = TemplateCatalog.load(TemplateCatalog.LOCATION).get(0);

    @Test
    void aSavedVariantListsItsSheetsInItsOrderThenTheLeftOutOnes() {
        var definition = new VariantDefinition(
                UUID.randomUUID(),
                1,
                "Kort",
                "veier-til-samarbeid:2017",
                List.of(change("potential-partners", 30), change("why-collaborate", null)),
                Instant.now());

        VariantDraft draft = VariantDraft.of(definition, base);

        assertThat(draft.sheets()).hasSize(base.sheets().size());
        assertThat(draft.sheets().subList(0, 3))
                .extracting(SheetDraft::key, SheetDraft::included, SheetDraft::minutes)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("potential-partners", true, "30"),
                        org.assertj.core.groups.Tuple.tuple("why-collaborate", true, "20"),
                        org.assertj.core.groups.Tuple.tuple("purpose-and-rules", false, "5"));
    }

    @Test
    void movingASheetSwapsItWithItsNeighbourAndStopsAtTheEnds() {
        VariantDraft draft = VariantDraft.of(unchanged(), base);

        assertThat(keys(draft.moved("potential-partners", -1)).subList(3, 5))
                .containsExactly("potential-partners", "new-meeting-places");
        assertThat(keys(draft.moved("purpose-and-rules", -1))).isEqualTo(keys(draft));
        assertThat(keys(draft.moved("next-steps", 1))).isEqualTo(keys(draft));
    }

    @Test
    void theFormSendsOnlyWhatDiffersFromTheBaseAndLeavesOutUncheckedSheets() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("name", "Kort");
        form.add("sheet", "why-collaborate");
        form.add("include", "why-collaborate");
        form.add("minutes.why-collaborate", "15");
        form.add("title.nb.why-collaborate", " Hvorfor samarbeide? ");
        Sheet why = base.sheet("why-collaborate").orElseThrow();
        form.add("title.nn.why-collaborate", why.title().nn());
        form.add("title.en.why-collaborate", why.title().en());
        for (String language : List.of("nb", "nn", "en")) {
            form.add(
                    "instructions." + language + ".why-collaborate",
                    String.join(
                            "\r\n\r\n",
                            DraftText.lines(why.instructions())
                                    .in(Locale.forLanguageTag(language))
                                    .split("\n")));
        }
        form.add("sheet", "meeting-points");

        VariantRequest request = VariantForm.read(form, base).request(base);

        assertThat(request.sheets())
                .containsExactly(new SheetChange(
                        "why-collaborate", 15, new TextChange("Hvorfor samarbeide?", null, null), null, null));
    }

    @Test
    void minutesThatAreNotAWholeNumberAreRefusedAsTheDomainRefusesMinutes() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("sheet", "why-collaborate");
        form.add("include", "why-collaborate");
        form.add("minutes.why-collaborate", "tjue");

        assertThatThrownBy(() -> VariantForm.read(form, base).request(base))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("template.variant.minutes"));
    }

    private VariantDefinition unchanged() {
        return new VariantDefinition(
                UUID.randomUUID(),
                1,
                "Kopi",
                "veier-til-samarbeid:2017",
                base.sheets().stream().map(sheet -> change(sheet.key(), null)).toList(),
                Instant.now());
    }

    private static SheetChange change(String key, Integer minutes) {
        return new SheetChange(key, minutes, null, null, null);
    }

    private static List<String> keys(VariantDraft draft) {
        return draft.sheets().stream().map(SheetDraft::key).toList();
    }
}
