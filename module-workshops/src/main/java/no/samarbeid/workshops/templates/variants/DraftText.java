package no.samarbeid.workshops.templates.variants;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import no.samarbeid.workshops.templates.LocalizedText;
import no.samarbeid.workshops.templates.TextChange;
import no.samarbeid.workshops.templates.TextListChange;
import org.jspecify.annotations.Nullable;

/**
 * A text of the variant editor in bokmål, nynorsk and English, as the admin typed it; a list of texts (instructions,
 * tips) is one item per line.
 */
record DraftText(String nb, String nn, String en) implements Serializable {

    DraftText {
        nb = Objects.requireNonNullElse(nb, "");
        nn = Objects.requireNonNullElse(nn, "");
        en = Objects.requireNonNullElse(en, "");
    }

    static DraftText of(LocalizedText text) {
        return new DraftText(text.nb(), text.nn(), text.en());
    }

    static DraftText lines(List<LocalizedText> texts) {
        return new DraftText(
                join(texts, LocalizedText::nb), join(texts, LocalizedText::nn), join(texts, LocalizedText::en));
    }

    /** The text in the locale's language, like {@link LocalizedText#in}. */
    String in(Locale locale) {
        return switch (locale.getLanguage()) {
            case "nn" -> nn;
            case "en" -> en;
            default -> nb;
        };
    }

    /** The languages whose text differs from the base's; null when none does. */
    @Nullable
    TextChange changeOf(LocalizedText base) {
        String newNb = changed(nb.strip(), base.nb());
        String newNn = changed(nn.strip(), base.nn());
        String newEn = changed(en.strip(), base.en());
        return newNb == null && newNn == null && newEn == null ? null : new TextChange(newNb, newNn, newEn);
    }

    /** The languages whose lines (blank ones dropped) differ from the base's; null when none does. */
    @Nullable
    TextListChange listChangeOf(List<LocalizedText> base) {
        List<String> newNb =
                changed(items(nb), base.stream().map(LocalizedText::nb).toList());
        List<String> newNn =
                changed(items(nn), base.stream().map(LocalizedText::nn).toList());
        List<String> newEn =
                changed(items(en), base.stream().map(LocalizedText::en).toList());
        return newNb == null && newNn == null && newEn == null ? null : new TextListChange(newNb, newNn, newEn);
    }

    private static List<String> items(String lines) {
        return Arrays.stream(lines.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private static <T> @Nullable T changed(T typed, T base) {
        return typed.equals(base) ? null : typed;
    }

    private static String join(List<LocalizedText> texts, Function<LocalizedText, String> language) {
        return String.join("\n", texts.stream().map(language).toList());
    }
}
