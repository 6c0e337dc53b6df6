package no.samarbeid.workshops.templates;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Immutable copies for the components of the template records; an absent list is empty. */
public final class Copies {

    private Copies() {}

    static <T> List<T> of(@Nullable List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public static <T> T required(@Nullable T value, String name) {
        return Objects.requireNonNull(value, () -> name + " is required");
    }
}
