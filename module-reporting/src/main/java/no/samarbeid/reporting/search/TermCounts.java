package no.samarbeid.reporting.search;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate.Kind;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The bucket counts of a terms aggregation (keyword or number terms), by key as text. */
final class TermCounts {

    private TermCounts() {}

    public static Map<String, Long> counts(@Nullable Aggregate aggregate) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (aggregate == null) {
            return counts;
        }
        if (aggregate._kind() == Kind.Sterms) {
            aggregate.sterms().buckets().array().forEach(b -> counts.put(b.key().stringValue(), b.docCount()));
        } else if (aggregate._kind() == Kind.Lterms) {
            aggregate.lterms().buckets().array().forEach(b -> counts.put(String.valueOf(b.key()), b.docCount()));
        } else if (aggregate._kind() == Kind.Dterms) {
            aggregate.dterms().buckets().array().forEach(b -> counts.put(String.valueOf((long) b.key()), b.docCount()));
        }
        return counts;
    }
}
