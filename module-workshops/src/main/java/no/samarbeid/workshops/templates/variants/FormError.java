package no.samarbeid.workshops.templates.variants;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * A refusal as a variant form shows it: the message, the id of the field to fix, and the key of the sheet it is on
 * (when it is on one).
 */
record FormError(String message, String field, @Nullable String sheet) implements Serializable {

    /** Whether the field with this id is the one to fix (public for the pages' expressions). */
    public boolean on(String fieldId) {
        return field.equals(fieldId);
    }
}
