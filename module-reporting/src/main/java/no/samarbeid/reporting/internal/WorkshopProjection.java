package no.samarbeid.reporting.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import java.io.IOException;
import java.util.Map;
import no.samarbeid.workshops.events.WorkshopScheduled;
import no.samarbeid.workshops.events.WorkshopSharingChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the workshops read model: one document per workshop, written only by an event newer than the last one
 * applied (so duplicates and stale events change nothing), with optimistic concurrency against other instances.
 * {@code tenantShares} comes from reporting's tenant view, never from the event, and is checked again after the
 * write in case the tenant's sharing changed meanwhile.
 */
@Component
class WorkshopProjection {

    private static final Logger LOG = LoggerFactory.getLogger(WorkshopProjection.class);

    private final ElasticsearchClient client;
    private final ReadModelIndices indices;
    private final TenantSharing tenants;

    WorkshopProjection(ElasticsearchClient client, ReadModelIndices indices, TenantSharing tenants) {
        this.client = client;
        this.indices = indices;
        this.tenants = tenants;
    }

    void scheduled(WorkshopScheduled event) throws IOException {
        indices.ensure();
        String id = event.workshopId().toString();
        GetResponse<WorkshopDocument> current =
                client.get(get -> get.index(ReadModelIndices.WORKSHOPS).id(id), WorkshopDocument.class);
        WorkshopDocument stored = current.source();
        if (current.found() && stored != null && !stored.olderThan(event.occurredAt())) {
            LOG.debug("Workshop {} already has event {} or a newer one", id, event.eventId());
            return;
        }
        boolean tenantShares = tenants.shares(event.tenantId());
        WorkshopDocument document = WorkshopDocument.scheduled(event, tenantShares);
        if (current.found()) {
            client.index(index -> index.index(current.index())
                    .id(id)
                    .document(document)
                    .ifSeqNo(current.seqNo())
                    .ifPrimaryTerm(current.primaryTerm()));
        } else {
            client.create(
                    create -> create.index(ReadModelIndices.WORKSHOPS).id(id).document(document));
        }
        boolean sharesNow = tenants.shares(event.tenantId());
        if (sharesNow != tenantShares) {
            client.update(
                    update -> update.index(ReadModelIndices.WORKSHOPS).id(id).doc(Map.of("tenantShares", sharesNow)),
                    WorkshopDocument.class);
        }
    }

    /** The municipality's admin changed whether the workshop may appear nationally. */
    void sharingChanged(WorkshopSharingChanged event) throws IOException {
        indices.ensure();
        String id = event.workshopId().toString();
        GetResponse<WorkshopDocument> current =
                client.get(get -> get.index(ReadModelIndices.WORKSHOPS).id(id), WorkshopDocument.class);
        WorkshopDocument stored = current.source();
        if (!current.found() || stored == null || !stored.olderThan(event.occurredAt())) {
            LOG.debug("Workshop {}: sharing change {} is unknown, a duplicate or stale", id, event.eventId());
            return;
        }
        client.update(
                update -> update.index(current.index())
                        .id(id)
                        .ifSeqNo(current.seqNo())
                        .ifPrimaryTerm(current.primaryTerm())
                        .doc(Map.of(
                                "workshopShared", event.shared(),
                                "eventId", event.eventId().toString(),
                                "occurredAt", event.occurredAt().toString())),
                WorkshopDocument.class);
    }
}
