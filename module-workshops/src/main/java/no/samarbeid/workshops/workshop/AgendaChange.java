package no.samarbeid.workshops.workshop;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.samarbeid.core.web.ConflictException;
import no.samarbeid.core.web.InvalidInputException;

/**
 * The rules of adjusting a workshop's agenda: at least one sheet, only sheets of the pinned template, each once,
 * 1-{@value AgendaView#MAX_MINUTES} minutes each. A sheet already opened at a table stays on the agenda with its minutes (its
 * notes and timebox are history); it may move, and every other sheet may be left out, moved or retimed.
 */
final class AgendaChange {

    private AgendaChange() {}

    /** The new agenda items, or a refusal that names the first rule broken. */
    static List<AgendaItem> apply(
            UUID tenantId,
            List<AgendaItem> current,
            List<AgendaView> wanted,
            Set<String> templateSheets,
            Set<String> opened) {
        if (wanted.isEmpty()) {
            throw new InvalidInputException("workshop.empty-agenda");
        }
        Map<String, AgendaItem> before =
                current.stream().collect(Collectors.toMap(AgendaItem::sheetKey, Function.identity()));
        Set<String> seen = new HashSet<>();
        List<AgendaItem> items = new ArrayList<>();
        for (AgendaView item : wanted) {
            String key = item.sheetKey();
            if (!templateSheets.contains(key)) {
                throw new InvalidInputException("workshop.agenda-unknown-sheet", key);
            }
            if (!seen.add(key)) {
                throw new InvalidInputException("workshop.agenda-duplicate-sheet", key);
            }
            if (item.minutes() < AgendaView.MIN_MINUTES || item.minutes() > AgendaView.MAX_MINUTES) {
                throw new InvalidInputException(
                        "workshop.agenda-minutes", AgendaView.MIN_MINUTES, AgendaView.MAX_MINUTES);
            }
            AgendaItem previous = before.get(key);
            boolean wasOpened = opened.contains(key);
            if (wasOpened && previous != null && previous.minutes() != item.minutes()) {
                throw new ConflictException("workshop.agenda-sheet-opened", key);
            }
            items.add(new AgendaItem(tenantId, key, item.minutes(), previous != null && previous.opened()));
        }
        opened.stream().filter(key -> !seen.contains(key)).findFirst().ifPresent(key -> {
            throw new ConflictException("workshop.agenda-sheet-opened", key);
        });
        return List.copyOf(items);
    }
}
