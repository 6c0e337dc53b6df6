package no.samarbeid.workshops.facilitation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.workshops.templates.Sheet;
import no.samarbeid.workshops.workshop.AgendaView;
import org.jspecify.annotations.Nullable;

/**
 * Reads the console's agenda form into a whole agenda: the template's sheets in the current order (those left out
 * after them), each kept when its box {@code keep.<key>} is ticked, with the minutes of {@code minutes.<key>} (the
 * current or suggested ones when the field is missing or blank). The agenda's own rules are checked by the workshop.
 */
final class AgendaForm {

    static final String KEEP = "keep.";
    static final String MINUTES = "minutes.";

    private AgendaForm() {}

    static List<AgendaView> read(List<AgendaView> current, List<Sheet> template, Map<String, String> form) {
        Map<String, Integer> minutes = new LinkedHashMap<>();
        current.forEach(item -> minutes.put(item.sheetKey(), item.minutes()));
        template.forEach(sheet -> minutes.putIfAbsent(sheet.key(), sheet.minutes()));
        List<AgendaView> agenda = new ArrayList<>();
        minutes.forEach((key, suggested) -> {
            if (form.containsKey(KEEP + key)) {
                agenda.add(new AgendaView(key, minutes(form.get(MINUTES + key), suggested)));
            }
        });
        return agenda;
    }

    private static int minutes(@Nullable String typed, int otherwise) {
        if (typed == null || typed.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("workshop.agenda-minutes", AgendaView.MIN_MINUTES, AgendaView.MAX_MINUTES);
        }
    }
}
