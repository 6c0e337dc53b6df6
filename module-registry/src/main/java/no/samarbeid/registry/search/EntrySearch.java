package no.samarbeid.registry.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samarbeid.core.reference.Theme;
import no.samarbeid.core.web.InvalidFieldException;
import no.samarbeid.registry.entries.Actor;
import no.samarbeid.registry.entries.OrganisationForm;
import org.springframework.stereotype.Service;

/**
 * Searches the register: Norwegian full text over name, description and services (with a name prefix for
 * type-ahead), facets, "who delivers in my municipality" (its own list, its county or the whole country) and
 * paging. Everyone sees verified entries; pending ones are for coordinators and the proposing municipality.
 */
@Service
public class EntrySearch {

    static final List<String> FACETS =
            List.of("themes", "organisationForm", "countyNumber", "municipalityNumber", "reach");
    private static final List<String> REACHES = List.of("NATIONAL", "REGIONAL", "LOCAL");

    private final RegistrySearchClient search;
    private final RegistryIndex index;

    EntrySearch(RegistrySearchClient search, RegistryIndex index) {
        this.search = search;
        this.index = index;
    }

    public SearchResult search(SearchCriteria criteria, Actor actor) {
        check(criteria);
        index.ensure();
        BoolQuery.Builder bool = new BoolQuery.Builder();
        visibility(bool, criteria.pending(), actor);
        String text = criteria.text() == null ? "" : criteria.text().strip();
        if (!text.isEmpty()) {
            bool.must(m -> m.bool(b -> b.should(s -> s.multiMatch(mm -> mm.query(text)
                            .fields("name^3", "name.nn^2", "description", "description.nn", "services^2", "services.nn")
                            .type(TextQueryType.MostFields)))
                    .should(s -> s.prefix(p -> p.field("nameLower")
                            .value(text.toLowerCase(Locale.ROOT))
                            .boost(2f)))
                    .minimumShouldMatch("1")));
        }
        terms(bool, "themes", criteria.themes());
        terms(bool, "organisationForm", criteria.forms());
        if (criteria.county() != null) terms(bool, "countyNumber", List.of(criteria.county()));
        if (criteria.municipality() != null) terms(bool, "municipalityNumber", List.of(criteria.municipality()));
        if (criteria.reach() != null) terms(bool, "reach", List.of(criteria.reach()));
        if (criteria.deliversIn() != null) {
            String number = criteria.deliversIn();
            bool.filter(f -> f.bool(b -> b.should(
                            s -> s.term(t -> t.field("reachNational").value(true)))
                    .should(s -> s.term(t -> t.field("reachCounties").value(number.substring(0, 2))))
                    .should(s -> s.term(t -> t.field("reachMunicipalities").value(number)))
                    .minimumShouldMatch("1")));
        }
        Query query = bool.build()._toQuery();
        try {
            SearchResponse<EntryDocument> response = search.client()
                    .search(
                            s -> {
                                s.index(RegistryIndex.ALIAS)
                                        .query(query)
                                        .from(criteria.page() * criteria.size())
                                        .size(criteria.size())
                                        .trackTotalHits(t -> t.enabled(true));
                                if (text.isEmpty()) {
                                    s.sort(o -> o.field(f -> f.field("name.keyword")));
                                }
                                for (String facet : FACETS) {
                                    s.aggregations(
                                            facet,
                                            a -> a.terms(t -> t.field(facet).size(400)));
                                }
                                return s;
                            },
                            EntryDocument.class);
            return result(criteria, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SearchResult result(SearchCriteria criteria, SearchResponse<EntryDocument> response) {
        List<SearchResult.Hit> hits = new ArrayList<>();
        response.hits().hits().forEach(hit -> {
            EntryDocument d = hit.source();
            if (d != null) {
                String description =
                        d.description().length() > 240 ? d.description().substring(0, 237) + "..." : d.description();
                hits.add(new SearchResult.Hit(
                        d.organisationNumber(),
                        d.name(),
                        d.organisationForm(),
                        d.municipalityNumber(),
                        d.themes(),
                        d.reach(),
                        d.status(),
                        description));
            }
        });
        Map<String, List<SearchResult.Bucket>> facets = new LinkedHashMap<>();
        for (String facet : FACETS) {
            var aggregation = response.aggregations().get(facet);
            List<SearchResult.Bucket> buckets = new ArrayList<>();
            if (aggregation != null && aggregation.isSterms()) {
                aggregation
                        .sterms()
                        .buckets()
                        .array()
                        .forEach(
                                b -> buckets.add(new SearchResult.Bucket(b.key().stringValue(), b.docCount())));
            }
            facets.put(facet, buckets);
        }
        long total = response.hits().total() == null
                ? hits.size()
                : response.hits().total().value();
        return new SearchResult(total, criteria.page(), criteria.size(), hits, facets);
    }

    private static void visibility(BoolQuery.Builder bool, boolean pending, Actor actor) {
        if (!pending) {
            bool.filter(f -> f.term(t -> t.field("status").value("VERIFIED")));
        } else if (actor.coordinator()) {
            bool.filter(f -> f.term(t -> t.field("status").value("PENDING")));
        } else if (actor.tenant() != null) {
            bool.filter(f -> f.term(t -> t.field("status").value("PENDING")));
            bool.filter(f ->
                    f.term(t -> t.field("proposedByTenant").value(actor.tenant().toString())));
        } else {
            throw new no.samarbeid.core.web.AccessRefusedException("access-denied");
        }
    }

    private static void terms(BoolQuery.Builder bool, String field, List<String> values) {
        if (!values.isEmpty()) {
            bool.filter(f -> f.terms(t -> t.field(field)
                    .terms(v -> v.value(values.stream().map(FieldValue::of).toList()))));
        }
    }

    /** Refuses unknown facet values and pages out of range, naming the parameter. */
    private static void check(SearchCriteria criteria) {
        for (int i = 0; i < criteria.themes().size(); i++) {
            String theme = criteria.themes().get(i);
            if (java.util.Arrays.stream(Theme.values()).noneMatch(t -> t.key().equals(theme))) {
                throw new InvalidFieldException("theme", "registry.theme", theme);
            }
        }
        for (String form : criteria.forms()) {
            if (OrganisationForm.of(form).isEmpty()) {
                throw new InvalidFieldException("form", "registry.organisation-form", form);
            }
        }
        if (criteria.county() != null && !criteria.county().matches("\\d{2}")) {
            throw new InvalidFieldException("county", "registry.county", criteria.county());
        }
        for (var entry :
                new String[][] {{"municipality", criteria.municipality()}, {"deliversIn", criteria.deliversIn()}}) {
            if (entry[1] != null) {
                no.samarbeid.registry.entries.Places.municipality(entry[0], entry[1]);
            }
        }
        if (criteria.reach() != null && !REACHES.contains(criteria.reach())) {
            throw new InvalidFieldException("reach", "registry.reach", criteria.reach());
        }
        if (criteria.page() < 0 || criteria.page() > 500) {
            throw new InvalidFieldException("page", "registry.page", criteria.page());
        }
        if (criteria.size() < 1 || criteria.size() > 100) {
            throw new InvalidFieldException("size", "registry.size", criteria.size());
        }
    }

    /**
     * Verified entries whose name is like {@code name} (fuzzy, best first), for matching a workshop's mention.
     */
    public List<SearchResult.Hit> similarNames(String name, int count) {
        index.ensure();
        try {
            SearchResponse<EntryDocument> response = search.client()
                    .search(
                            s -> s.index(RegistryIndex.ALIAS)
                                    .size(count)
                                    .query(q -> q.bool(b -> b.filter(f -> f.term(
                                                    t -> t.field("status").value("VERIFIED")))
                                            .should(m -> m.match(mt -> mt.field("name.plain")
                                                    .query(name)
                                                    .fuzziness("AUTO")))
                                            .should(m -> m.match(mt ->
                                                    mt.field("name").query(name).fuzziness("AUTO")))
                                            .should(m -> m.prefix(p -> p.field("nameLower")
                                                    .value(name.strip().toLowerCase(Locale.ROOT))))
                                            .minimumShouldMatch("1"))),
                            EntryDocument.class);
            return result(
                            new SearchCriteria(null, List.of(), List.of(), null, null, null, null, false, 0, count),
                            response)
                    .hits();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
