package no.samarbeid.workshops.templates;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A variant's new wording of a list of texts (instructions or tips), per language: each language given replaces
 * that language's list; a language left out keeps the base's, so all lists must end up equally long.
 */
public record TextListChange(
        @Nullable List<String> nb,
        @Nullable List<String> nn,
        @Nullable List<String> en) {

    public TextListChange {
        nb = copy(nb);
        nn = copy(nn);
        en = copy(en);
    }

    /** A read-only copy that keeps null entries, so that {@link VariantRules} can refuse them as blank. */
    private static @Nullable List<String> copy(@Nullable List<String> texts) {
        return texts == null ? null : Collections.unmodifiableList(new ArrayList<>(texts));
    }

    List<LocalizedText> over(List<LocalizedText> base) {
        List<String> baseNb = base.stream().map(LocalizedText::nb).toList();
        List<String> baseNn = base.stream().map(LocalizedText::nn).toList();
        List<String> baseEn = base.stream().map(LocalizedText::en).toList();
        List<String> newNb = nb == null ? baseNb : nb;
        List<String> newNn = nn == null ? baseNn : nn;
        List<String> newEn = en == null ? baseEn : en;
        List<LocalizedText> texts = new ArrayList<>();
        for (int i = 0; i < newNb.size(); i++) {
            texts.add(new LocalizedText(newNb.get(i), newNn.get(i), newEn.get(i)));
        }
        return List.copyOf(texts);
    }
}
