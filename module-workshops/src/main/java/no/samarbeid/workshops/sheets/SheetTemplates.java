package no.samarbeid.workshops.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import no.samarbeid.workshops.templates.Myth;
import no.samarbeid.workshops.templates.SheetKind;
import no.samarbeid.workshops.templates.Zone;
import no.samarbeid.workshops.workshop.TemplateSnapshots;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the structured sheets take from a workshop's pinned template: the myths of its myths sheet and the reflection
 * questions (the zones of its reflection sheet). A snapshot never changes, so it is read once per workshop; the
 * caller has already been let into the workshop.
 */
@Component
public class SheetTemplates {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final int CACHED_WORKSHOPS = 2_000;

    private final TemplateSnapshots snapshots;
    private final Map<UUID, Content> cache = new ConcurrentHashMap<>();

    SheetTemplates(TemplateSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** The myths of the workshop's template, in order (none when it has no myths sheet). */
    public List<Myth> myths(UUID workshopId) {
        return content(workshopId).myths();
    }

    /** The reflection questions of the workshop's template, in order (none when it has no reflection sheet). */
    public List<Zone> reflectionQuestions(UUID workshopId) {
        return content(workshopId).questions();
    }

    private Content content(UUID workshopId) {
        Content content = cache.get(workshopId);
        if (content == null) {
            content = parse(snapshots.snapshot(workshopId));
            if (cache.size() >= CACHED_WORKSHOPS) {
                cache.clear();
            }
            cache.put(workshopId, content);
        }
        return content;
    }

    /** The myths and reflection questions of a template snapshot's JSON. */
    static Content parse(String snapshot) {
        List<Myth> myths = new ArrayList<>();
        List<Zone> questions = new ArrayList<>();
        for (JsonNode sheet : JSON.readTree(snapshot).path("sheets")) {
            String kind = sheet.path("kind").asString();
            if (kind.equals(SheetKind.MYTHS.name())) {
                sheet.path("myths").forEach(myth -> myths.add(JSON.treeToValue(myth, Myth.class)));
            } else if (kind.equals(SheetKind.REFLECTION.name())) {
                sheet.path("zones").forEach(zone -> questions.add(JSON.treeToValue(zone, Zone.class)));
            }
        }
        return new Content(List.copyOf(myths), List.copyOf(questions));
    }

    /** The parts of a template the structured sheets use. */
    record Content(List<Myth> myths, List<Zone> questions) {}
}
