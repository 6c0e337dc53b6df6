package no.samarbeid.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThemeAndBandUnitTests {

    @Test
    void parsesAThemeByItsKeyWhateverTheCase() {
        assertThat(Theme.fromKey(" Arbeidsinkludering ")).isEqualTo(Theme.WORK_INCLUSION);
        assertThat(Theme.fromKey("oppvekst-og-ungdom")).isEqualTo(Theme.CHILDREN_AND_YOUTH);
    }

    @Test
    void refusesAnUnknownTheme() {
        assertThatThrownBy(() -> Theme.fromKey("astrologi"))
                .isInstanceOf(InvalidReferenceException.class)
                .hasMessage("reference.theme.unknown");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_nn", "_en"})
    void everyThemeAndBandHasADisplayNameInEveryLanguage(String suffix) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/reference" + suffix + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (Theme theme : Theme.values()) {
            assertThat(texts.getProperty(theme.messageKey())).as(theme.key()).isNotBlank();
        }
        for (PopulationBand band : PopulationBand.values()) {
            assertThat(texts.getProperty(band.messageKey())).as(band.key()).isNotBlank();
        }
    }

    @Test
    void placesMunicipalitiesInTheirPopulationBand() {
        Municipalities municipalities = Municipalities.current();
        assertThat(PopulationBand.of(municipalities.get(municipalities.number("0301"))))
                .isEqualTo(PopulationBand.FROM_50_000);
        assertThat(PopulationBand.of(4_999)).isEqualTo(PopulationBand.UNDER_5_000);
        assertThat(PopulationBand.of(5_000)).isEqualTo(PopulationBand.FROM_5_000_TO_20_000);
        assertThat(PopulationBand.of(49_999)).isEqualTo(PopulationBand.FROM_20_000_TO_50_000);
    }
}
