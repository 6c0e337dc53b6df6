package no.samarbeid.workshops.internal;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pins a workshop's template: the resolved template (national edition or the municipality's variant) is stored as a
 * snapshot with the workshop, so later edits of the template never change a workshop.
 */
@Component
class TemplateSnapshots {

    private final ObjectProvider<TemplateResolver> resolver;
    private final JdbcClient jdbc;

    TemplateSnapshots(ObjectProvider<TemplateResolver> resolver, JdbcClient jdbc) {
        this.resolver = resolver;
        this.jdbc = jdbc;
    }

    /** The template to pin: the given reference, or the current national edition. */
    Pinned resolve(@Nullable String reference) {
        return resolver.getObject().resolve(reference);
    }

    void store(UUID workshopId, UUID tenantId, Pinned template) {
        jdbc.sql("insert into workshops.workshop_template_snapshot (workshop_id, tenant_id, content)"
                        + " values (?, ?, cast(? as jsonb))")
                .params(workshopId, tenantId, template.json())
                .update();
    }

    /** The pinned template's JSON of a workshop of the current tenant. */
    String snapshot(UUID workshopId) {
        return jdbc.sql("select content::text from workshops.workshop_template_snapshot where workshop_id = ?")
                .param(workshopId)
                .query(String.class)
                .optional()
                .orElseThrow(WorkshopAccess::notFound);
    }

    /** A resolved template: its reference, its agenda (sheets with minutes) and its full content as JSON. */
    record Pinned(String reference, List<AgendaView> agenda, String json) {}

    /** Resolves template references of the current tenant. */
    interface TemplateResolver {
        Pinned resolve(@Nullable String reference);
    }
}
