package no.samarbeid.reporting.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sets fields on every document of an index that a query selects, page by page ({@code search_after} + bulk; the
 * local node has no {@code update_by_query}), e.g. a tenant's new sharing on all its content. Repeating it changes
 * nothing.
 */
@Component
class Propagation {

    private static final Logger LOG = LoggerFactory.getLogger(Propagation.class);
    private static final int PAGE = 1000;

    private final ElasticsearchClient client;

    Propagation(ElasticsearchClient client) {
        this.client = client;
    }

    /** Sets {@code fields} on the documents of {@code index} that {@code selected} finds, paged by {@code idField}. */
    int set(String index, String idField, Query selected, Map<String, Object> fields) throws IOException {
        // Documents indexed just before must be visible to the search below.
        client.indices().refresh(refresh -> refresh.index(index));
        List<FieldValue> after = List.of();
        int updated = 0;
        while (true) {
            List<FieldValue> searchAfter = after;
            SearchResponse<Void> page = client.search(
                    search -> {
                        search.index(index)
                                .size(PAGE)
                                .source(source -> source.fetch(false))
                                .trackTotalHits(total -> total.enabled(false))
                                .sort(sort ->
                                        sort.field(field -> field.field(idField).order(SortOrder.Asc)))
                                .query(selected);
                        return searchAfter.isEmpty() ? search : search.searchAfter(searchAfter);
                    },
                    Void.class);
            List<Hit<Void>> hits = page.hits().hits();
            if (hits.isEmpty()) {
                break;
            }
            update(hits, fields);
            updated += hits.size();
            after = hits.get(hits.size() - 1).sort();
        }
        if (updated > 0) {
            LOG.debug("Set {} on {} documents of {}", fields.keySet(), updated, index);
        }
        return updated;
    }

    private void update(List<Hit<Void>> hits, Map<String, Object> fields) throws IOException {
        List<BulkOperation> operations = hits.stream()
                .map(hit -> BulkOperation.of(operation -> operation.update(update -> update.index(hit.index())
                        .id(hit.id())
                        .retryOnConflict(3)
                        .action(action -> action.doc(fields)))))
                .toList();
        Bulk.check(client.bulk(bulk -> bulk.operations(operations)));
    }

    /** The bulk response's first failure, thrown, so the event is retried. */
    static final class Bulk {

        private Bulk() {}

        static void check(BulkResponse response) {
            if (response.errors()) {
                var failed = response.items().stream()
                        .filter(item -> item.error() != null)
                        .findFirst()
                        .orElseThrow();
                throw new ElasticsearchFailures.BulkFailure(
                        failed.status(), failed.id() + ": " + failed.error().reason());
            }
        }
    }
}
