package no.samarbeid.workshops.workshop;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import no.samarbeid.workshops.templates.ResolvedTemplate;
import no.samarbeid.workshops.templates.TemplateResolver;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pins a workshop's template: the resolved template (national edition or the municipality's variant) is stored as a
 * snapshot with the workshop, so later edits of the template never change a workshop.
 */
@Component
public class TemplateSnapshots {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TemplateResolver resolver;
    private final JdbcClient jdbc;

    TemplateSnapshots(TemplateResolver resolver, JdbcClient jdbc) {
        this.resolver = resolver;
        this.jdbc = jdbc;
    }

    /** The template to pin: the given reference, or the newest national edition. */
    Pinned resolve(@Nullable String reference) {
        ResolvedTemplate template = reference == null || reference.isBlank()
                ? resolver.nationalEditions().stream()
                        .max(Comparator.comparing(ResolvedTemplate::reference))
                        .orElseThrow()
                : resolver.resolve(reference);
        List<AgendaView> agenda = template.sheets().stream()
                .map(sheet -> new AgendaView(sheet.key(), sheet.minutes()))
                .toList();
        return new Pinned(template.reference(), agenda, JSON.writeValueAsString(template));
    }

    void store(UUID workshopId, UUID tenantId, Pinned template) {
        jdbc.sql("insert into workshops.workshop_template_snapshot (workshop_id, tenant_id, content)"
                        + " values (?, ?, cast(? as jsonb))")
                .params(workshopId, tenantId, template.json())
                .update();
    }

    /** The template a workshop of the current tenant runs, exactly as pinned when it was created. */
    public ResolvedTemplate template(UUID workshopId) {
        return JSON.readValue(snapshot(workshopId), ResolvedTemplate.class);
    }

    /** The pinned template as JSON. */
    public String snapshot(UUID workshopId) {
        return jdbc.sql("select content::text from workshops.workshop_template_snapshot where workshop_id = ?")
                .param(workshopId)
                .query(String.class)
                .optional()
                .orElseThrow(WorkshopAccess::notFound);
    }

    /** A resolved template: its reference, its agenda (sheets with minutes) and its full content as JSON. */
    record Pinned(String reference, List<AgendaView> agenda, String json) {}
}
