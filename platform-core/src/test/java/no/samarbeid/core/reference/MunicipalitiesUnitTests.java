package no.samarbeid.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalitiesUnitTests {

    private final Municipalities municipalities = Municipalities.current();

    @Test
    void knowsAllMunicipalitiesAndCountiesOfTheCurrentStructure() {
        assertThat(municipalities.all()).hasSize(357);
        assertThat(municipalities.counties()).hasSize(15);
        assertThat(municipalities.all().stream()
                        .mapToInt(Municipality::population)
                        .sum())
                .isEqualTo(5_550_203);
    }

    @Test
    void findsAMunicipalityWithItsCounty() {
        Municipality bergen = municipalities.get(municipalities.number("4601"));

        assertThat(bergen.name()).isEqualTo("Bergen");
        assertThat(bergen.county().name()).isEqualTo("Vestland");
        assertThat(bergen.number().county()).isEqualTo(new CountyNumber("46"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999", "0000", "1201"})
    void refusesNumbersThatAreNoMunicipality(String number) {
        assertThatThrownBy(() -> municipalities.number(number))
                .isInstanceOf(InvalidReferenceException.class)
                .hasMessage("reference.municipality-number.unknown");
    }

    @ParameterizedTest
    @ValueSource(strings = {"301", "03011", "03a1", " 0301", ""})
    void refusesMalformedNumbers(String number) {
        assertThatThrownBy(() -> new MunicipalityNumber(number))
                .isInstanceOf(InvalidReferenceException.class)
                .hasMessage("reference.municipality-number.format");
    }
}
