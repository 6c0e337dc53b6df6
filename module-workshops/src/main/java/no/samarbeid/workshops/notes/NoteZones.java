package no.samarbeid.workshops.notes;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import no.samarbeid.workshops.templates.Myth;
import no.samarbeid.workshops.templates.ResolvedTemplate;
import no.samarbeid.workshops.templates.Sheet;
import no.samarbeid.workshops.templates.Zone;
import no.samarbeid.workshops.workshop.TemplateSnapshots;
import org.springframework.stereotype.Component;

/**
 * The keys notes may use on each sheet of a workshop, from its pinned template: the zones of a sheet and, on a
 * myths sheet, the myths. A pinned template never changes, so it is read once per workshop (callers have already
 * been let into the workshop).
 */
@Component
class NoteZones {

    private static final int CACHED_WORKSHOPS = 2_000;

    private final TemplateSnapshots snapshots;
    private final Map<UUID, Map<String, Set<String>>> cache = new ConcurrentHashMap<>();

    NoteZones(TemplateSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    Set<String> of(UUID workshopId, String sheetKey) {
        Map<String, Set<String>> sheets = cache.get(workshopId);
        if (sheets == null) {
            sheets = keys(snapshots.template(workshopId));
            if (cache.size() >= CACHED_WORKSHOPS) {
                cache.clear();
            }
            cache.put(workshopId, sheets);
        }
        return sheets.getOrDefault(sheetKey, Set.of());
    }

    /** Sheet key to the keys notes may use on it. */
    static Map<String, Set<String>> keys(ResolvedTemplate template) {
        return template.sheets().stream().collect(Collectors.toUnmodifiableMap(Sheet::key, NoteZones::keys));
    }

    /** The keys notes may use on a sheet: the zones' and the myths'. */
    static Set<String> keys(Sheet sheet) {
        Set<String> keys = new HashSet<>();
        sheet.zones().stream().map(Zone::key).forEach(keys::add);
        sheet.myths().stream().map(Myth::key).forEach(keys::add);
        return Set.copyOf(keys);
    }
}
