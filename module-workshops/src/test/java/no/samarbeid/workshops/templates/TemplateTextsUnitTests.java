package no.samarbeid.workshops.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every text of the method exists in nb, nn and en, faithful to the seed; broken resources fail to load. */
class TemplateTextsUnitTests {

    private static final String RESOURCE = "templates/method/editions/veier-til-samarbeid-2017.json";

    private final ProcurementRules rules = new ProcurementRules();
    private final Template template =
            TemplateCatalog.load(TemplateCatalog.LOCATION).get(0);

    @Test
    void everyTextOfTheEditionHasNonBlankBokmalNynorskAndEnglish() {
        List<TextWalker.Found> texts = TextWalker.texts(template);

        assertThat(texts).hasSizeGreaterThan(100);
        assertThat(texts)
                .allSatisfy(found -> assertThat(List.of(
                                found.text().nb(),
                                found.text().nn(),
                                found.text().en()))
                        .as(found.path())
                        .allSatisfy(text -> assertThat(text).isNotBlank()));
    }

    @Test
    void everyProcurementRuleHasNonBlankTextsInAllThreeLanguages() {
        assertThat(TextWalker.texts(rules.all()))
                .hasSize(rules.all().size() * 2)
                .allSatisfy(found -> assertThat(found.text().en()).isNotBlank());
    }

    @Test
    void englishIsTranslatedEverywhereAndNynorskAlmostEverywhere() {
        List<TextWalker.Found> texts = TextWalker.texts(template);

        assertThat(texts)
                .filteredOn(found -> found.text().en().equals(found.text().nb()))
                .as("texts whose English is the bokmål")
                .isEmpty();
        long nynorskAsBokmal = texts.stream()
                .filter(found -> found.text().nn().equals(found.text().nb()))
                .count();
        assertThat(nynorskAsBokmal).as("texts whose nynorsk is the bokmål").isLessThan(texts.size() / 4);
    }

    @Test
    void bokmalFollowsTheSeedWithItsObviousTyposCorrected() {
        String json = resource();

        assertThat(json)
                .contains("må kunngjøres", "Myter om offentlige anskaffelser", "Dette bordet fanger IKKE.")
                .doesNotContain("kunjgjøres", "Myter om offentlig anskaffelser");
    }

    @Test
    void aTextMissingALanguageFailsToLoadNamingTheText() {
        String missingEnglish = resource().replaceFirst(",\\s*\"en\": \"Read chapter 1[^\"]*\"", "");
        String blankNynorsk = resource().replace("\"nn\": \"Kva er første steg?\"", "\"nn\": \" \"");

        assertThatThrownBy(() -> TemplateJson.read(missingEnglish, Template.class))
                .hasMessageContaining("has no en version")
                .hasMessageContaining("Les kapittel 1");
        assertThatThrownBy(() -> TemplateJson.read(blankNynorsk, Template.class))
                .hasMessageContaining("«Hva er første steg?» has no nn version");
    }

    @Test
    void aMisspelledFieldFailsToLoad() {
        String misspelled = resource().replaceFirst("\"instructions\"", "\"instrucions\"");

        assertThatThrownBy(() -> TemplateJson.read(misspelled, Template.class)).hasMessageContaining("instrucions");
    }

    @Test
    void duplicateOrMalformedKeysAndUnknownRulesStopTheCatalog() {
        Template broken = TemplateJson.read(
                resource()
                        .replace("\"key\": \"region\"", "\"key\": \"municipality\"")
                        .replace("\"key\": \"measuring\"", "\"key\": \"Measuring\"")
                        .replace("\"eea-threshold-municipal-goods-services\"", "\"no-such-rule\""),
                Template.class);

        assertThat(TemplateChecks.problems(broken, rules))
                .anySatisfy(problem -> assertThat(problem).contains("duplicate key «municipality»"))
                .anySatisfy(problem -> assertThat(problem).contains("malformed key «Measuring»"))
                .anySatisfy(problem -> assertThat(problem).contains("quotes unknown rule no-such-rule"));
        assertThatThrownBy(() -> new TemplateCatalog(List.of(broken), rules))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("duplicate key «municipality»");
        assertThat(TemplateChecks.problems(template, rules)).isEmpty();
    }

    private static String resource() {
        try (var in = new ClassPathResource(RESOURCE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
