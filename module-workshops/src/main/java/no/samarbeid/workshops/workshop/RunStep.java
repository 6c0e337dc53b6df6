package no.samarbeid.workshops.workshop;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where the room is in the run of the agenda: a sheet and its phase. The room is where its table furthest along the
 * agenda is; the console's one "next" button moves every table to the step after it (reading, silent writing,
 * reveal, discussion, done, then the agenda's next sheet), so tables left behind catch up.
 */
public record RunStep(String sheetKey, Phase phase) {

    /** The step of the table furthest along the agenda, empty while no sheet is open. */
    public static Optional<RunStep> current(List<String> agenda, List<TableView> tables) {
        return tables.stream()
                .filter(table -> table.sheetKey() != null && table.phase() != null)
                .map(table -> new RunStep(table.sheetKey(), Phase.valueOf(table.phase())))
                .max(Comparator.comparingInt((RunStep step) -> agenda.indexOf(step.sheetKey()))
                        .thenComparing(RunStep::phase));
    }

    /** The step after the current one: the agenda's first sheet to begin with, empty after the last sheet is done. */
    public static Optional<RunStep> next(List<String> agenda, List<TableView> tables) {
        Optional<RunStep> current = current(agenda, tables);
        if (current.isEmpty()) {
            return agenda.stream().findFirst().map(sheet -> new RunStep(sheet, Phase.READING));
        }
        RunStep step = current.get();
        if (step.phase() != Phase.DONE) {
            return Optional.of(
                    new RunStep(step.sheetKey(), Phase.values()[step.phase().ordinal() + 1]));
        }
        int at = agenda.indexOf(step.sheetKey());
        return at + 1 < agenda.size() ? Optional.of(new RunStep(agenda.get(at + 1), Phase.READING)) : Optional.empty();
    }

    /**
     * The countdown the step starts with, from the sheet's minutes on the agenda: a third of them for silent writing,
     * the rest for the discussion; reading, the reveal and done run without one.
     */
    @Nullable
    public Duration countdown(int sheetMinutes) {
        int writing = Math.max(1, sheetMinutes / 3);
        return switch (phase) {
            case SILENT_WRITING -> Duration.ofMinutes(writing);
            case DISCUSSION -> Duration.ofMinutes(Math.max(1, sheetMinutes - writing));
            default -> null;
        };
    }
}
