package no.samarbeid.workshops.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import no.samarbeid.workshops.templates.Myth;
import no.samarbeid.workshops.templates.Zone;
import org.junit.jupiter.api.Test;

/** The structured sheets read the six myths and the four reflection questions from the 2017 edition. */
class SheetTemplatesUnitTests {

    @Test
    void readsTheSixMythsWithTheirRulesAndTheFourReflectionQuestions() throws IOException {
        SheetTemplates.Content content = SheetTemplates.parse(edition());

        assertThat(content.myths())
                .extracting(Myth::key)
                .containsExactly("myth-1", "myth-2", "myth-3", "myth-4", "myth-5", "myth-6");
        assertThat(content.myths().get(1).text().nb()).contains("100 000");
        assertThat(content.myths().get(1).ruleKeys()).contains("regulation-threshold", "national-threshold");
        assertThat(content.questions()).hasSize(4).extracting(Zone::key).contains("next-steps");
        assertThat(content.questions().get(3).title().nb()).isEqualTo("Hva er neste skritt for dere?");
    }

    @Test
    void aTemplateWithoutMythsOrReflectionHasNone() {
        SheetTemplates.Content content =
                SheetTemplates.parse("{\"sheets\": [{\"key\": \"x\", \"kind\": \"NOTES_IN_ZONES\"}]}");

        assertThat(content.myths()).isEmpty();
        assertThat(content.questions()).isEmpty();
    }

    private static String edition() throws IOException {
        try (InputStream in = SheetTemplatesUnitTests.class
                .getClassLoader()
                .getResourceAsStream("templates/method/editions/veier-til-samarbeid-2017.json")) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
