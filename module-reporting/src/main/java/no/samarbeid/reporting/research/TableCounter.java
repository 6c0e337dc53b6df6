package no.samarbeid.reporting.research;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samarbeid.reporting.indexing.ContentField;
import no.samarbeid.reporting.search.NationalSearch;
import org.springframework.stereotype.Component;

/**
 * Counts the cells of a research table over the national read model (shared content only, through
 * {@link NationalSearch}): a composite aggregation over its dimensions with the number of distinct workshop tables
 * and municipalities per cell, page by page.
 */
@Component
class TableCounter {

    private static final int PAGE = 1000;

    private final NationalSearch national;

    TableCounter(NationalSearch national) {
        this.national = national;
    }

    List<Cell> count(ResearchTable table) throws IOException {
        List<Cell> cells = new ArrayList<>();
        Map<String, FieldValue> after = null;
        // Every table of a measure counts the same content: placed in a county, a band and a quarter.
        Query kind = Query.of(q -> q.bool(b -> b.filter(
                        f -> f.term(t -> t.field(ContentField.KIND.path()).value(table.kind())))
                .filter(f -> f.exists(e -> e.field(ContentField.COUNTY.path())))
                .filter(f -> f.exists(e -> e.field(ContentField.POPULATION_BAND.path())))
                .filter(f -> f.exists(e -> e.field(ContentField.QUARTER.path())))));
        while (true) {
            Map<String, FieldValue> afterKey = after;
            var response = national.content(
                    kind,
                    request -> request.size(0)
                            .aggregations(
                                    "cells",
                                    Aggregation.of(a -> a.composite(composite -> {
                                                composite.size(PAGE).sources(sources(table));
                                                if (afterKey != null) {
                                                    composite.after(afterKey);
                                                }
                                                return composite;
                                            })
                                            .aggregations(
                                                    "contributors",
                                                    c -> c.cardinality(card -> card.field(ContentField.TABLE.path())
                                                            .precisionThreshold(40_000)))
                                            .aggregations(
                                                    "municipalities",
                                                    c -> c.cardinality(
                                                            card -> card.field(ContentField.MUNICIPALITY.path())
                                                                    .precisionThreshold(1_000))))),
                    Void.class);
            CompositeAggregate composite = response.aggregations().get("cells").composite();
            for (CompositeBucket bucket : composite.buckets().array()) {
                List<String> key = new ArrayList<>();
                table.dimensions()
                        .forEach(dimension -> key.add(text(bucket.key().get(dimension))));
                cells.add(new Cell(
                        key,
                        bucket.docCount(),
                        (int) bucket.aggregations()
                                .get("contributors")
                                .cardinality()
                                .value(),
                        (int) bucket.aggregations()
                                .get("municipalities")
                                .cardinality()
                                .value()));
            }
            if (composite.afterKey() == null || composite.buckets().array().size() < PAGE) {
                return cells;
            }
            after = composite.afterKey();
        }
    }

    private static String text(FieldValue value) {
        return value.isString() ? value.stringValue() : String.valueOf(value._get());
    }

    private static List<Map<String, CompositeAggregationSource>> sources(ResearchTable table) {
        List<Map<String, CompositeAggregationSource>> sources = new ArrayList<>();
        for (String dimension : table.dimensions()) {
            String field = Codebook.DIMENSIONS.get(dimension).field();
            Map<String, CompositeAggregationSource> source = new LinkedHashMap<>();
            source.put(dimension, CompositeAggregationSource.of(s -> s.terms(t -> t.field(field))));
            sources.add(source);
        }
        return sources;
    }
}
