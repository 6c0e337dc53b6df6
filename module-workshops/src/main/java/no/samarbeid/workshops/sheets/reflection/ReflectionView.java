package no.samarbeid.workshops.sheets.reflection;

import java.time.Instant;
import java.util.List;
import no.samarbeid.workshops.templates.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A table's reflection: each question of the template with the table's answer (empty when unanswered). */
public record ReflectionView(List<Item> questions, @Nullable Instant updatedAt) {

    /** A question by key, its text in nb, nn and en, and the answer. */
    public record Item(String key, LocalizedText question, String answer) {}
}
