package no.samarbeid.registry.entries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.samarbeid.core.web.InvalidInputException;
import org.junit.jupiter.api.Test;

class OrganisationNumberUnitTests {

    @Test
    void theWorkedExampleIsValid() {
        assertThat(OrganisationNumber.isValid("123456785")).isTrue();
        assertThat(new OrganisationNumber("123456785").value()).isEqualTo("123456785");
    }

    @Test
    void aWrongCheckDigitIsInvalid() {
        for (int digit = 0; digit <= 9; digit++) {
            if (digit != 5) {
                assertThat(OrganisationNumber.isValid("12345678" + digit))
                        .as("12345678%d", digit)
                        .isFalse();
            }
        }
    }

    @Test
    void eightDigitsWithRemainderOneHaveNoValidNumber() {
        // 3*1 + 3*3 = 12, and 12 mod 11 = 1
        assertThat(OrganisationNumber.checkDigit("10000030")).isNull();
        for (int digit = 0; digit <= 9; digit++) {
            assertThat(OrganisationNumber.isValid("10000030" + digit)).isFalse();
        }
    }

    @Test
    void remainderZeroGivesCheckDigitZero() {
        // 3*1+2*1+7*0+6*0+5*0+4*0+3*2+2*0 = 11 -> remainder 0 -> check digit 0
        assertThat(OrganisationNumber.checkDigit("11000020")).isZero();
        assertThat(OrganisationNumber.isValid("110000200")).isTrue();
    }

    @Test
    void onlyNineDigitsAreNumbers() {
        assertThat(OrganisationNumber.isValid("12345678")).isFalse();
        assertThat(OrganisationNumber.isValid("1234567850")).isFalse();
        assertThat(OrganisationNumber.isValid("12345678a")).isFalse();
        assertThat(OrganisationNumber.isValid(null)).isFalse();
        assertThatThrownBy(() -> new OrganisationNumber("123456789"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("registry.organisation-number");
    }
}
