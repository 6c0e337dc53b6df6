package no.samarbeid.registry.entries;

import com.fasterxml.jackson.annotation.JsonValue;
import no.samarbeid.core.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * An organisation number of Enhetsregisteret: nine digits, the last a MOD11 check digit over the first eight with
 * weights 3, 2, 7, 6, 5, 4, 3, 2 (check = 11 - sum mod 11; 11 gives 0; 10, remainder 1, is never issued).
 */
public record OrganisationNumber(@JsonValue String value) {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    public OrganisationNumber {
        if (!isValid(value)) {
            throw new InvalidInputException("registry.organisation-number", String.valueOf(value));
        }
    }

    /** Whether {@code value} is nine digits with a correct check digit. */
    public static boolean isValid(@Nullable String value) {
        if (value == null || !value.matches("\\d{9}")) {
            return false;
        }
        Integer check = checkDigit(value.substring(0, 8));
        return check != null && check == value.charAt(8) - '0';
    }

    /** The check digit of eight digits, or null when the remainder is 1 (no valid number exists). */
    static @Nullable Integer checkDigit(String firstEight) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (firstEight.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        if (remainder == 1) {
            return null;
        }
        return remainder == 0 ? 0 : 11 - remainder;
    }

    @Override
    public String toString() {
        return value;
    }
}
