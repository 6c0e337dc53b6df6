package no.samarbeid.reporting.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The one way to query reporting's indices nationally (coordinators, researchers; no tenant): every query is
 * narrowed to documents whose municipality shares ({@code tenantShares}); the query adds the document's own sharing.
 */
@Component
class NationalSearch {

    private final ElasticsearchClient client;
    private final ReadModelIndices indices;

    NationalSearch(ElasticsearchClient client, ReadModelIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    <T> List<T> search(String index, Query query, int size, Class<T> type) throws IOException {
        indices.ensure();
        return client
                .search(
                        search -> search.index(index)
                                .size(size)
                                .query(shared -> shared.bool(bool -> bool.must(query)
                                        .filter(filter -> filter.term(term ->
                                                term.field("tenantShares").value(true))))),
                        type)
                .hits()
                .hits()
                .stream()
                .map(Hit::source)
                .filter(Objects::nonNull)
                .toList();
    }
}
