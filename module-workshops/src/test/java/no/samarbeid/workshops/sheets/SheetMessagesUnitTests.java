package no.samarbeid.workshops.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sheets' texts exist in bokmål, nynorsk and English with the same keys; every problem has a title and a detail,
 * and every problem code the sheets' classes raise has its texts.
 */
class SheetMessagesUnitTests {

    private static final Path SOURCES = Path.of("src/main/java/no/samarbeid/workshops");
    private static final Pattern CODE = Pattern.compile("\"(sheets\\.[a-z-]+)\"");
    private static final Pattern SHEET_CLASSES =
            Pattern.compile("(Sheet|Partner|Sketch|Effect|Measure|Myth|NextStep|Reflection|Evaluation).*\\.java");

    @ParameterizedTest
    @ValueSource(strings = {"nn", "en"})
    void everyKeyInBokmalIsTranslated(String language) throws IOException {
        Properties bokmal = load("i18n/sheets.properties");
        Properties translated = load("i18n/sheets_" + language + ".properties");

        assertThat(keys(translated))
                .as("keys of sheets_%s.properties", language)
                .isEqualTo(keys(bokmal));
        assertThat(translated.values())
                .allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_nn", "_en"})
    void everyProblemHasATitleAndADetail(String suffix) throws IOException {
        Set<String> keys = keys(load("i18n/sheets" + suffix + ".properties"));

        assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(key).matches("(problem\\.)?sheets\\..+"));
        keys.stream().filter(key -> key.startsWith("problem.")).forEach(key -> {
            assertThat(key).matches(".*\\.(title|detail)$");
            String code = key.substring(0, key.lastIndexOf('.'));
            assertThat(keys).contains(code + ".title", code + ".detail");
        });
    }

    @Test
    void everyProblemTheSheetsRaiseHasItsTexts() throws IOException {
        Set<String> keys = keys(load("i18n/sheets.properties"));
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f ->
                            SHEET_CLASSES.matcher(f.getFileName().toString()).matches())
                    .toList()) {
                Matcher matcher = CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    codes.add(matcher.group(1));
                }
            }
        }

        assertThat(codes)
                .contains("sheets.not-running", "sheets.photo-type")
                .allSatisfy(
                        code -> assertThat(keys).contains("problem." + code + ".title", "problem." + code + ".detail"));
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = SheetMessagesUnitTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
