package no.samarbeid.workshops.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The notes' problem texts exist in bokmål, nynorsk and English, with the same keys, a title and a detail each. */
class NoteMessagesUnitTests {

    @ParameterizedTest
    @ValueSource(strings = {"nn", "en"})
    void everyKeyInBokmalIsTranslated(String language) throws IOException {
        Properties bokmal = load("i18n/notes.properties");
        Properties translated = load("i18n/notes_" + language + ".properties");

        assertThat(keys(translated)).as("keys of notes_%s.properties", language).isEqualTo(keys(bokmal));
        assertThat(translated.values())
                .allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_nn", "_en"})
    void everyProblemHasATitleAndADetail(String suffix) throws IOException {
        Set<String> keys = keys(load("i18n/notes" + suffix + ".properties"));

        assertThat(keys).isNotEmpty().allSatisfy(key -> {
            assertThat(key).startsWith("problem.note.").matches(".*\\.(title|detail)$");
            String code = key.substring(0, key.lastIndexOf('.'));
            assertThat(keys).contains(code + ".title", code + ".detail");
        });
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = NoteMessagesUnitTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
