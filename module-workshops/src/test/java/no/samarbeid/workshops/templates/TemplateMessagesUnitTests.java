package no.samarbeid.workshops.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every refusal of the templates has a title and detail in bokmål, nynorsk and English. */
class TemplateMessagesUnitTests {

    private static final Set<String> CODES = Set.of(
            "template.reference",
            "template.not-found",
            "template.variant.not-found",
            "template.variant.base-unknown",
            "template.variant.name",
            "template.variant.no-sheets",
            "template.variant.sheet-unknown",
            "template.variant.sheet-duplicate",
            "template.variant.minutes",
            "template.variant.text-blank",
            "template.variant.text-too-long",
            "template.variant.too-many-texts",
            "template.variant.text-count");

    @Test
    void everyCodeHasATitleAndDetailInEveryLanguage() {
        for (String file :
                new String[] {"templates.properties", "templates_nn.properties", "templates_en.properties"}) {
            Properties messages = load(file);
            for (String code : CODES) {
                assertThat(messages.getProperty("problem." + code + ".title"))
                        .as(file + " " + code)
                        .isNotBlank();
                assertThat(messages.getProperty("problem." + code + ".detail"))
                        .as(file + " " + code)
                        .isNotBlank();
            }
            assertThat(messages.stringPropertyNames()).as(file).hasSize(CODES.size() * 2);
        }
    }

    private static Properties load(String file) {
        var properties = new Properties();
        try (var in =
                new InputStreamReader(new ClassPathResource("i18n/" + file).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
