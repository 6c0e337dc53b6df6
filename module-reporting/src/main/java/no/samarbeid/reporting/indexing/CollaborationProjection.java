package no.samarbeid.reporting.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import java.io.IOException;
import no.samarbeid.reporting.consumed.CollaborationFact;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code samarbeid-collaborations} from module-impact's events: reads the collaboration's document, applies the
 * event when it is newer, places it by its tenant's view and writes it with optimistic concurrency (a conflict is
 * retried by the listener). A tenant whose sharing changed meanwhile is carried over again.
 */
@Component
class CollaborationProjection {

    private final ElasticsearchClient client;
    private final TenantSharing tenants;

    CollaborationProjection(ElasticsearchClient client, TenantSharing tenants) {
        this.client = client;
        this.tenants = tenants;
    }

    void apply(CollaborationFact event) throws IOException {
        String id = event.collaborationId().toString();
        GetResponse<CollaborationDocument> stored =
                client.get(get -> get.index(ReadModelIndices.COLLABORATIONS).id(id), CollaborationDocument.class);
        CollaborationDocument document =
                stored.found() && stored.source() != null ? stored.source() : CollaborationDocument.of(event);
        if (!document.apply(event)) {
            return;
        }
        @Nullable TenantDocument tenant = tenants.view(event.tenantId());
        boolean tenantShares = tenant != null && tenant.sharesNationally();
        document.place(Placement.of(tenant == null ? null : tenant.municipalityNumber(), null), tenantShares);
        if (stored.found()) {
            client.index(index -> index.index(stored.index())
                    .id(id)
                    .ifSeqNo(stored.seqNo())
                    .ifPrimaryTerm(stored.primaryTerm())
                    .document(document));
        } else {
            client.create(create ->
                    create.index(ReadModelIndices.COLLABORATIONS).id(id).document(document));
        }
        @Nullable TenantDocument now = tenants.view(event.tenantId());
        if (now != null && now.sharesNationally() != tenantShares) {
            tenants.carryOver(now);
        }
    }
}
