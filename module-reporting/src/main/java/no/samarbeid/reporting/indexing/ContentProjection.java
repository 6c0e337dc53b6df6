package no.samarbeid.reporting.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.samarbeid.reporting.consumed.TableFact;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code samarbeid-content} from the tables' events: reads the documents an event touches in one request,
 * applies {@link ContentChanges}, places them (municipality, county, band, quarter, sharing) and writes them in one
 * bulk request with optimistic concurrency. A tenant whose sharing changed meanwhile is carried over again.
 */
@Component
class ContentProjection {

    private final ElasticsearchClient client;
    private final TenantSharing tenants;

    ContentProjection(ElasticsearchClient client, TenantSharing tenants) {
        this.client = client;
        this.tenants = tenants;
    }

    void apply(TableFact event, WorkshopDocument workshop) throws IOException {
        List<String> ids = ContentChanges.ids(event);
        if (ids.isEmpty()) {
            return;
        }
        Map<String, ContentDocument> documents = new HashMap<>();
        Map<String, MultiGetResponseItem<ContentDocument>> stored = new HashMap<>();
        MgetResponse<ContentDocument> current =
                client.mget(mget -> mget.index(ReadModelIndices.CONTENT).ids(ids), ContentDocument.class);
        for (MultiGetResponseItem<ContentDocument> item : current.docs()) {
            if (item.isResult() && item.result().found() && item.result().source() != null) {
                documents.put(item.result().id(), item.result().source());
                stored.put(item.result().id(), item);
            }
        }
        Set<String> changed = new ContentChanges(documents).apply(event);
        if (changed.isEmpty()) {
            return;
        }
        @Nullable TenantDocument tenant = tenants.view(event.tenantId());
        boolean tenantShares = tenant != null && tenant.sharesNationally();
        Placement placement = workshop.municipalityNumber == null && tenant != null
                ? Placement.of(tenant.municipalityNumber(), workshop.date)
                : workshop.placement();
        List<BulkOperation> operations = new ArrayList<>();
        for (String id : changed) {
            ContentDocument document = documents.get(id);
            document.settle(placement, workshop.workshopShared, tenantShares);
            operations.add(write(document, stored.get(id)));
        }
        Propagation.Bulk.check(client.bulk(bulk -> bulk.operations(operations)));
        @Nullable TenantDocument now = tenants.view(event.tenantId());
        if (now != null && now.sharesNationally() != tenantShares) {
            tenants.carryOver(now);
        }
    }

    private static BulkOperation write(
            ContentDocument document, @Nullable MultiGetResponseItem<ContentDocument> stored) {
        if (stored == null) {
            return BulkOperation.of(operation -> operation.create(create ->
                    create.index(ReadModelIndices.CONTENT).id(document.id).document(document)));
        }
        return BulkOperation.of(operation ->
                operation.index(index -> index.index(stored.result().index())
                        .id(document.id)
                        .ifSeqNo(stored.result().seqNo())
                        .ifPrimaryTerm(stored.result().primaryTerm())
                        .document(document)));
    }
}
