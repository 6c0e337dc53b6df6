package no.samarbeid.reporting.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samarbeid.reporting.indexing.ContentField;
import org.springframework.stereotype.Service;

/**
 * Full-text search over content (Norwegian analysis: bokmål on {@code text}, nynorsk on {@code text.nn}, and
 * cluster headings), with facet filters, facet counts, highlighting and paging: nationally through
 * {@link NationalSearch}, for a municipality through {@link TenantScopedSearch}.
 */
@Service
class ContentSearch {

    private static final int FACET_SIZE = 400;

    private final NationalSearch national;
    private final TenantScopedSearch tenantScoped;

    ContentSearch(NationalSearch national, TenantScopedSearch tenantScoped) {
        this.national = national;
        this.tenantScoped = tenantScoped;
    }

    SearchResult national(ContentQuery query) throws IOException {
        return result(query, national.content(query(query), request -> page(request, query), ContentHit.class));
    }

    SearchResult ofTenant(ContentQuery query) throws IOException {
        return result(query, tenantScoped.content(query(query), request -> page(request, query), ContentHit.class));
    }

    /** All national hits of a query up to the 10 000th, for export (no facets, no highlights). */
    List<ContentHit> nationalExport(ContentQuery query) throws IOException {
        return national
                .content(
                        query(query),
                        request -> request.size(ContentQuery.MAX_WINDOW).trackTotalHits(t -> t.enabled(false)),
                        ContentHit.class)
                .hits()
                .hits()
                .stream()
                .map(Hit::source)
                .toList();
    }

    static Query query(ContentQuery query) {
        return Query.of(q -> q.bool(bool -> {
            if (query.text() != null) {
                bool.must(must -> must.multiMatch(match -> match.query(query.text())
                        .fields(ContentField.TEXT.path(), ContentField.TEXT_NYNORSK.path(), ContentField.HEADING.path())
                        .operator(Operator.And)));
            }
            query.filters()
                    .forEach((facet, values) -> bool.filter(f -> f.terms(terms -> terms.field(facet.field())
                            .terms(t ->
                                    t.value(values.stream().map(FieldValue::of).toList())))));
            return bool;
        }));
    }

    private static SearchRequest.Builder page(SearchRequest.Builder request, ContentQuery query) {
        request.from((query.page() - 1) * query.size())
                .size(query.size())
                .trackTotalHits(t -> t.enabled(true))
                .highlight(h -> h.encoder(HighlighterEncoder.Html)
                        .preTags("<em>")
                        .postTags("</em>")
                        .fields(ContentField.TEXT.path(), f -> f.numberOfFragments(3))
                        .fields(ContentField.TEXT_NYNORSK.path(), f -> f.numberOfFragments(3)));
        for (Facet facet : Facet.values()) {
            request.aggregations(
                    facet.parameter(),
                    Aggregation.of(a -> a.terms(t -> t.field(facet.field()).size(FACET_SIZE))));
        }
        return request;
    }

    private static SearchResult result(ContentQuery query, SearchResponse<ContentHit> response) {
        List<ContentHit> hits = new ArrayList<>();
        for (Hit<ContentHit> hit : response.hits().hits()) {
            if (hit.source() == null) {
                continue;
            }
            List<String> fragments = new ArrayList<>(hit.highlight().getOrDefault(ContentField.TEXT.path(), List.of()));
            if (fragments.isEmpty()) {
                fragments.addAll(hit.highlight().getOrDefault(ContentField.TEXT_NYNORSK.path(), List.of()));
            }
            hits.add(hit.source().withHighlights(fragments));
        }
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            TermCounts.counts(response.aggregations().get(facet.parameter()))
                    .forEach((value, count) -> facets.computeIfAbsent(facet.parameter(), k -> new ArrayList<>())
                            .add(new SearchResult.FacetCount(value, count)));
            facets.putIfAbsent(facet.parameter(), List.of());
        }
        long total = response.hits().total() == null
                ? hits.size()
                : response.hits().total().value();
        return new SearchResult(total, query.page(), query.size(), hits, facets);
    }
}
