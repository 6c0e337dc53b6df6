package no.samarbeid.workshops.facilitation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.samarbeid.workshops.workshop.RunStep;
import no.samarbeid.workshops.workshop.TableView;
import org.jspecify.annotations.Nullable;

/**
 * The running console's status bar and grid: where the room is (the step of the table furthest along), the step
 * the "next" button moves every table to, the countdown of the table leading, and a card per table.
 */
record RunBoard(
        @Nullable RunStep current,
        @Nullable RunStep next,
        @Nullable TableView lead,
        List<Card> cards,
        ConsoleView console) {

    /** A table as the grid shows it: people seated and following live, notes on its sheet, and how many are done. */
    record Card(TableView table, int seated, int connected, int notes, int ready) {

        /** Whether the table's count is outside the recommended 4-8 people. */
        public boolean outsideFourToEight() {
            return seated < 4 || seated > 8;
        }
    }

    static RunBoard of(ConsoleView console, Optional<RunStep> current, Optional<RunStep> next, List<Card> cards) {
        TableView lead = current.flatMap(step -> console.workshop().tables().stream()
                        .filter(table -> step.sheetKey().equals(table.sheetKey())
                                && step.phase().name().equals(table.phase()))
                        .findFirst())
                .orElse(null);
        return new RunBoard(current.orElse(null), next.orElse(null), lead, cards, console);
    }

    /** The sheet's number and title. */
    public String sheet(RunStep step, Locale locale) {
        return console.sheetLabel(step.sheetKey(), locale);
    }

    /** Whether the countdown of the leading table is paused. */
    public boolean paused() {
        return lead != null && lead.pausedRemainingSeconds() != null;
    }

    /** Whether the leading table has a countdown, running or paused. */
    public boolean timed() {
        return lead != null && (lead.phaseEndsAt() != null || lead.pausedRemainingSeconds() != null);
    }
}
