package no.samarbeid.workshops.templates;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A text of the method in Norwegian bokmål ({@code nb}), nynorsk ({@code nn}) and English; none may be blank. */
public record LocalizedText(String nb, String nn, String en) {

    public LocalizedText {
        require(nb, "nb", nb);
        require(nn, "nn", nb);
        require(en, "en", nb);
    }

    /** The text in the locale's language: nynorsk for {@code nn}, English for {@code en}, else bokmål. */
    public String in(Locale locale) {
        return switch (locale.getLanguage()) {
            case "nn" -> nn;
            case "en" -> en;
            default -> nb;
        };
    }

    private static void require(@Nullable String text, String language, @Nullable String context) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The text «" + context + "» has no " + language + " version");
        }
    }
}
