package no.samarbeid.reporting.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sets {@code tenantShares} on all of a tenant's workshop documents that differ from the tenant's sharing, page by
 * page ({@code search_after} + bulk; this node has no {@code update_by_query}). Repeating it changes nothing.
 */
@Component
class WorkshopSharingUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(WorkshopSharingUpdates.class);
    private static final int PAGE = 500;

    private final ElasticsearchClient client;

    WorkshopSharingUpdates(ElasticsearchClient client) {
        this.client = client;
    }

    void carryOver(UUID tenantId, boolean shares) throws IOException {
        // Documents indexed just before must be visible to the search below.
        client.indices().refresh(refresh -> refresh.index(ReadModelIndices.WORKSHOPS));
        List<FieldValue> after = List.of();
        int updated = 0;
        while (true) {
            List<FieldValue> searchAfter = after;
            SearchResponse<Void> page = client.search(
                    search -> {
                        search.index(ReadModelIndices.WORKSHOPS)
                                .size(PAGE)
                                .source(source -> source.fetch(false))
                                .trackTotalHits(total -> total.enabled(false))
                                .sort(sort -> sort.field(
                                        field -> field.field("workshopId").order(SortOrder.Asc)))
                                .query(query -> query.bool(bool -> bool.filter(filter -> filter.term(
                                                term -> term.field("tenantId").value(tenantId.toString())))
                                        .mustNot(not -> not.term(term ->
                                                term.field("tenantShares").value(shares)))));
                        return searchAfter.isEmpty() ? search : search.searchAfter(searchAfter);
                    },
                    Void.class);
            List<Hit<Void>> hits = page.hits().hits();
            if (hits.isEmpty()) {
                break;
            }
            update(hits, shares);
            updated += hits.size();
            after = hits.get(hits.size() - 1).sort();
        }
        if (updated > 0) {
            LOG.info("Set tenantShares={} on {} workshops of tenant {}", shares, updated, tenantId);
        }
    }

    private void update(List<Hit<Void>> hits, boolean shares) throws IOException {
        List<BulkOperation> operations = hits.stream()
                .map(hit -> BulkOperation.of(operation -> operation.update(update -> update.index(hit.index())
                        .id(hit.id())
                        .action(action -> action.doc(Map.of("tenantShares", shares))))))
                .toList();
        BulkResponse response = client.bulk(bulk -> bulk.operations(operations));
        if (response.errors()) {
            throw new IllegalStateException("Bulk update of tenantShares failed: "
                    + response.items().stream()
                            .filter(item -> item.error() != null)
                            .findFirst()
                            .map(item -> item.id() + " " + item.error().reason())
                            .orElse("?"));
        }
    }
}
