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
import no.samarbeid.reporting.indexing.ContentField;
import no.samarbeid.reporting.indexing.ReadModelIndices;
import org.springframework.stereotype.Component;

/**
 * The one way to query reporting's indices nationally (coordinators, researchers; no tenant): every query is
 * narrowed to documents whose municipality shares ({@code tenantShares}); the query adds the document's own sharing.
 */
@Component
public class NationalSearch {

    private final ElasticsearchClient client;
    private final ReadModelIndices indices;

    NationalSearch(ElasticsearchClient client, ReadModelIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    /**
     * Searches {@code samarbeid-content} nationally: {@code request} sets sizes, aggregations and highlighting; the
     * query is set last, narrowed to visible content of a kind that may leave its municipality, of a shared workshop
     * of a sharing municipality.
     */
    public <T> SearchResponse<T> content(
            Query query, Function<SearchRequest.Builder, SearchRequest.Builder> request, Class<T> type)
            throws IOException {
        indices.ensure();
        return client.search(
                search -> request.apply(search)
                        .index(ReadModelIndices.CONTENT)
                        .query(shared -> shared.bool(bool -> bool.must(query)
                                .filter(f -> f.term(t ->
                                        t.field(ContentField.NATIONAL.path()).value(true)))
                                .filter(f -> f.term(t ->
                                        t.field(ContentField.VISIBLE.path()).value(true)))
                                .filter(f -> f.term(t -> t.field(ContentField.WORKSHOP_SHARED.path())
                                        .value(true)))
                                .filter(f -> f.term(t -> t.field(ContentField.TENANT_SHARES.path())
                                        .value(true))))),
                type);
    }

    /** Searches {@code samarbeid-workshops} nationally: only shared workshops of sharing municipalities. */
    public <T> SearchResponse<T> workshops(
            Query query, Function<SearchRequest.Builder, SearchRequest.Builder> request, Class<T> type)
            throws IOException {
        indices.ensure();
        return client.search(
                search -> request.apply(search)
                        .index(ReadModelIndices.WORKSHOPS)
                        .query(shared -> shared.bool(bool -> bool.must(query)
                                .filter(f ->
                                        f.term(t -> t.field("workshopShared").value(true)))
                                .filter(f -> f.term(t -> t.field("tenantShares").value(true))))),
                type);
    }

    /** Searches {@code samarbeid-collaborations} nationally: only shared collaborations of sharing municipalities. */
    public <T> SearchResponse<T> collaborations(
            Query query, Function<SearchRequest.Builder, SearchRequest.Builder> request, Class<T> type)
            throws IOException {
        indices.ensure();
        return client.search(
                search -> request.apply(search)
                        .index(ReadModelIndices.COLLABORATIONS)
                        .query(shared -> shared.bool(bool -> bool.must(query)
                                .filter(f -> f.term(t -> t.field("shared").value(true)))
                                .filter(f -> f.term(t -> t.field("tenantShares").value(true))))),
                type);
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
