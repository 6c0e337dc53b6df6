package no.samarbeid.workshops.sheets;

import no.samarbeid.core.web.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** The rules of the sheets' text fields: stripped, within a length; required ones not blank. */
public final class SheetText {

    private SheetText() {}

    /** The stripped text, or invalid input ({@code code}, with the maximum) when blank or too long. */
    public static String required(@Nullable String text, int max, String code) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > max) {
            throw new InvalidInputException(code, max);
        }
        return clean;
    }

    /** The stripped text (empty when missing), or invalid input ({@code code}, with the maximum) when too long. */
    public static String optional(@Nullable String text, int max, String code) {
        String clean = text == null ? "" : text.strip();
        if (clean.length() > max) {
            throw new InvalidInputException(code, max);
        }
        return clean;
    }
}
