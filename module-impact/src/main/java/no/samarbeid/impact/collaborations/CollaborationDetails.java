package no.samarbeid.impact.collaborations;

import no.samarbeid.core.reference.Theme;
import no.samarbeid.impact.problems.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * What a municipality writes about a collaboration started by hand: its title and theme (both required), the
 * entrepreneur (organisation number when known, else a name), sector, the form chosen as on sheet 6, who is
 * responsible in the municipality, and a description.
 */
record CollaborationDetails(
        String title,
        Theme theme,
        @Nullable String entrepreneurOrgnr,
        String entrepreneurName,
        String sector,
        @Nullable ProjectType projectType,
        @Nullable Boolean procurement,
        String involved,
        @Nullable DeliveryForm deliveryForm,
        String responsible,
        String description) {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    public CollaborationDetails {
        requireLength("title", title, 1, 200);
        requireLength("entrepreneurName", entrepreneurName, 0, 200);
        requireLength("sector", sector, 0, 120);
        requireLength("involved", involved, 0, 500);
        requireLength("responsible", responsible, 0, 200);
        requireLength("description", description, 0, 4000);
        if (entrepreneurOrgnr != null && entrepreneurOrgnr.isBlank()) {
            entrepreneurOrgnr = null;
        }
        if (entrepreneurOrgnr != null && !validOrgnr(entrepreneurOrgnr)) {
            throw FieldProblem.invalid("entrepreneurOrgnr", "impact.orgnr-invalid", entrepreneurOrgnr);
        }
        if (entrepreneurOrgnr == null && entrepreneurName.isBlank()) {
            throw FieldProblem.invalid("entrepreneurName", "impact.entrepreneur-required");
        }
    }

    private static void requireLength(String field, String value, int min, int max) {
        if (value.length() < min || value.length() > max) {
            throw FieldProblem.invalid(field, "impact.text-length", min, max);
        }
    }

    /** Nine digits with a MOD11 check digit (weights 3,2,7,6,5,4,3,2; remainder 1 is never valid). */
    static boolean validOrgnr(String orgnr) {
        if (!orgnr.matches("[0-9]{9}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += WEIGHTS[i] * (orgnr.charAt(i) - '0');
        }
        int remainder = sum % 11;
        int check = remainder == 0 ? 0 : 11 - remainder;
        return remainder != 1 && check == orgnr.charAt(8) - '0';
    }
}
