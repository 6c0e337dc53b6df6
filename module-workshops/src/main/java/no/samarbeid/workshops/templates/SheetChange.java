package no.samarbeid.workshops.templates;

import org.jspecify.annotations.Nullable;

/**
 * A sheet a variant keeps, by its key in the base edition, with optional new minutes, question ({@code title}),
 * instructions and tips.
 */
public record SheetChange(
        @Nullable String key,
        @Nullable Integer minutes,
        @Nullable TextChange title,
        @Nullable TextListChange instructions,
        @Nullable TextListChange tips) {

    /** The base sheet changed and placed at the position. */
    Sheet applyTo(Sheet base, int position) {
        return base.changed(
                position,
                minutes == null ? base.minutes() : minutes,
                title == null ? base.title() : title.over(base.title()),
                instructions == null ? base.instructions() : instructions.over(base.instructions()),
                tips == null ? base.tips() : tips.over(base.tips()));
    }
}
