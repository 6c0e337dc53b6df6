package no.samarbeid.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every message a user reads exists in bokmål, nynorsk and English, in every module's bundles; nynorsk keeps one
 * form, and Ferd Sosiale Entreprenører keeps its name in every language.
 */
class MessageBundlesTests {

    @Test
    void everyBundleHasTheSameKeysInBokmalNynorskAndEnglish() throws IOException {
        Map<String, Map<String, Set<String>>> bundles = bundles();

        assertThat(bundles).containsKeys("core", "workshops", "templates", "notes", "sheets", "live", "reporting");
        bundles.forEach((name, languages) -> {
            assertThat(languages).as("languages of %s", name).containsOnlyKeys("nb", "nn", "en");
            Set<String> bokmal = languages.get("nb");
            assertThat(languages.get("nn")).as("nynorsk keys of %s", name).isEqualTo(bokmal);
            assertThat(languages.get("en")).as("English keys of %s", name).isEqualTo(bokmal);
        });
    }

    @Test
    void noMessageIsBlank() throws IOException {
        for (Resource resource : resources()) {
            Properties messages = load(resource);
            messages.forEach((key, value) -> assertThat(value.toString().strip())
                    .as("%s in %s", key, resource.getFilename())
                    .isNotEmpty());
        }
    }

    /** Nynorsk in one form: e-infinitives ("å opne", "å lagre"), never a-infinitives ("å opna") beside them. */
    @Test
    void nynorskUsesEInfinitivesThroughout() throws IOException {
        Pattern aInfinitive = Pattern.compile("(?<!\\p{L})å (\\p{L}{2,}a)(?!\\p{L})");
        for (Resource resource : resources()) {
            if (!resource.getFilename().endsWith("_nn.properties")) {
                continue;
            }
            load(resource)
                    .forEach((key, value) -> assertThat(
                                    aInfinitive.matcher(value.toString()).results())
                            .as("%s in %s: %s", key, resource.getFilename(), value)
                            .isEmpty());
        }
    }

    /** The name of Ferd Sosiale Entreprenører is never translated. */
    @Test
    void ferdSosialeEntreprenorerKeepsItsName() throws IOException {
        for (Resource resource : resources()) {
            load(resource).forEach((key, value) -> {
                if (value.toString().matches("(?s).*(?<!\\p{L})Ferd(?!\\p{L}).*")) {
                    assertThat(value.toString())
                            .as("%s in %s", key, resource.getFilename())
                            .contains("Ferd Sosiale Entreprenører");
                }
            });
        }
    }

    private static Map<String, Map<String, Set<String>>> bundles() throws IOException {
        Map<String, Map<String, Set<String>>> bundles = new TreeMap<>();
        for (Resource resource : resources()) {
            String file = resource.getFilename().replace(".properties", "");
            String[] parts = file.split("_", 2);
            String language = parts.length == 1 ? "nb" : parts[1];
            bundles.computeIfAbsent(parts[0], key -> new TreeMap<>())
                    .put(language, new TreeSet<>(load(resource).stringPropertyNames()));
        }
        return bundles;
    }

    private static Resource[] resources() throws IOException {
        return new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
    }

    private static Properties load(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
