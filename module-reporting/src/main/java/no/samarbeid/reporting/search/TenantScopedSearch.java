package no.samarbeid.reporting.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import no.samarbeid.core.tenancy.TenantContext;
import no.samarbeid.core.tenancy.TenantScope;
import no.samarbeid.reporting.indexing.ContentField;
import no.samarbeid.reporting.indexing.ReadModelIndices;
import org.springframework.stereotype.Component;

/**
 * The one way to query reporting's indices for a municipality: every query is narrowed to the documents of the
 * current tenant ({@code tenantId}), and refused without one. No other class searches for a tenant.
 */
@Component
class TenantScopedSearch {

    private final ElasticsearchClient client;
    private final ReadModelIndices indices;

    TenantScopedSearch(ElasticsearchClient client, ReadModelIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    /** Searches {@code samarbeid-content} for the current tenant: its own visible content, shared or not. */
    <T> SearchResponse<T> content(
            Query query, Function<SearchRequest.Builder, SearchRequest.Builder> request, Class<T> type)
            throws IOException {
        TenantScope tenant = TenantContext.require();
        indices.ensure();
        return client.search(
                search -> request.apply(search)
                        .index(ReadModelIndices.CONTENT)
                        .query(own -> own.bool(bool -> bool.must(query)
                                .filter(f -> f.term(t -> t.field(ContentField.TENANT.path())
                                        .value(tenant.id().toString())))
                                .filter(f -> f.term(t ->
                                        t.field(ContentField.VISIBLE.path()).value(true))))),
                type);
    }

    <T> List<T> search(String index, Query query, int size, Class<T> type) throws IOException {
        TenantScope tenant = TenantContext.require();
        indices.ensure();
        return client
                .search(
                        search -> search.index(index)
                                .size(size)
                                .query(scoped -> scoped.bool(bool -> bool.must(query)
                                        .filter(filter -> filter.term(term -> term.field("tenantId")
                                                .value(tenant.id().toString()))))),
                        type)
                .hits()
                .hits()
                .stream()
                .map(Hit::source)
                .filter(Objects::nonNull)
                .toList();
    }
}
