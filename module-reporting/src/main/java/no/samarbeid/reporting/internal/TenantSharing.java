package no.samarbeid.reporting.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reporting's own view of each tenant's sharing, from core's {@code TenantOnboarded} and
 * {@code TenantSharingChanged}; an unknown tenant does not share. A change is written to the view first, then
 * carried to the tenant's workshop documents, so a workshop indexed concurrently either sees the new view or is
 * found by the carry-over. Duplicates and stale events only repeat the carry-over of the current view.
 */
@Component
class TenantSharing {

    private static final Logger LOG = LoggerFactory.getLogger(TenantSharing.class);

    private final ElasticsearchClient client;
    private final ReadModelIndices indices;
    private final WorkshopSharingUpdates workshops;

    TenantSharing(ElasticsearchClient client, ReadModelIndices indices, WorkshopSharingUpdates workshops) {
        this.client = client;
        this.indices = indices;
        this.workshops = workshops;
    }

    /** Whether the tenant shares nationally, as far as reporting knows (read in real time). */
    boolean shares(UUID tenantId) throws IOException {
        indices.ensure();
        GetResponse<TenantDocument> tenant = get(tenantId);
        return tenant.found() && tenant.source() != null && tenant.source().sharesNationally();
    }

    void apply(UUID eventId, UUID tenantId, String municipalityNumber, boolean shares, Instant occurredAt)
            throws IOException {
        indices.ensure();
        GetResponse<TenantDocument> current = get(tenantId);
        TenantDocument stored = current.source();
        if (current.found() && stored != null && !stored.olderThan(occurredAt)) {
            LOG.debug("Tenant {} already has a view as new as event {}", tenantId, eventId);
            workshops.carryOver(tenantId, stored.sharesNationally());
            return;
        }
        var document = new TenantDocument(
                tenantId.toString(), municipalityNumber, shares, eventId.toString(), occurredAt.toString());
        if (current.found()) {
            client.index(index -> index.index(ReadModelIndices.TENANTS)
                    .id(tenantId.toString())
                    .document(document)
                    .ifSeqNo(current.seqNo())
                    .ifPrimaryTerm(current.primaryTerm()));
        } else {
            client.create(create -> create.index(ReadModelIndices.TENANTS)
                    .id(tenantId.toString())
                    .document(document));
        }
        workshops.carryOver(tenantId, shares);
    }

    private GetResponse<TenantDocument> get(UUID tenantId) throws IOException {
        return client.get(get -> get.index(ReadModelIndices.TENANTS).id(tenantId.toString()), TenantDocument.class);
    }
}
