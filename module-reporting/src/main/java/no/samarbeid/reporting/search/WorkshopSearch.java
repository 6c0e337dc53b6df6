package no.samarbeid.reporting.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.io.IOException;
import java.util.List;
import no.samarbeid.reporting.indexing.ReadModelIndices;
import no.samarbeid.reporting.indexing.WorkshopDocument;
import org.springframework.stereotype.Service;

/**
 * Searches workshops by title with Norwegian analysis (bokmål, and nynorsk through {@code title.nn}): nationally
 * only shared workshops of sharing municipalities, for a municipality only its own.
 */
@Service
class WorkshopSearch {

    static final int MAX_HITS = 50;

    private final NationalSearch national;
    private final TenantScopedSearch tenantScoped;

    WorkshopSearch(NationalSearch national, TenantScopedSearch tenantScoped) {
        this.national = national;
        this.tenantScoped = tenantScoped;
    }

    List<WorkshopHit> national(SearchQuery query) throws IOException {
        Query shared = Query.of(q -> q.bool(bool -> bool.must(titleMatches(query))
                .filter(f -> f.term(t -> t.field("workshopShared").value(true)))));
        return national.search(ReadModelIndices.WORKSHOPS, shared, MAX_HITS, WorkshopDocument.class).stream()
                .map(WorkshopHit::of)
                .toList();
    }

    List<WorkshopHit> ofTenant(SearchQuery query) throws IOException {
        return tenantScoped
                .search(ReadModelIndices.WORKSHOPS, titleMatches(query), MAX_HITS, WorkshopDocument.class)
                .stream()
                .map(WorkshopHit::of)
                .toList();
    }

    private static Query titleMatches(SearchQuery query) {
        return Query.of(q -> q.multiMatch(
                match -> match.query(query.text()).fields("title", "title.nn").operator(Operator.And)));
    }
}
