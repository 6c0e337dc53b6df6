package no.samarbeid.workshops.live;

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

/** The live streams' texts exist in bokmål, nynorsk and English with the same keys, none blank. */
class LiveTextsUnitTests {

    @ParameterizedTest
    @ValueSource(strings = {"nn", "en"})
    void everyKeyInBokmalIsTranslated(String language) throws IOException {
        Properties bokmal = load("i18n/live.properties");
        Properties translated = load("i18n/live_" + language + ".properties");

        assertThat(keys(translated)).isEqualTo(keys(bokmal)).contains("live.reset.expired", "live.reset.unknown-id");
        assertThat(translated.values())
                .allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = LiveTextsUnitTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
