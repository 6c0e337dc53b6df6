package no.samarbeid.reporting.dashboard;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import no.samarbeid.core.reference.County;
import no.samarbeid.core.reference.Municipalities;
import no.samarbeid.reporting.dashboard.DashboardView.Count;
import no.samarbeid.reporting.dashboard.DashboardView.MythCell;
import no.samarbeid.reporting.indexing.ContentFields;
import no.samarbeid.reporting.search.NationalSearch;
import org.springframework.stereotype.Service;

/** Computes the dashboard from the national read models (shared content only, through {@link NationalSearch}). */
@Service
class Dashboard {

    static final List<String> SHEETS = List.of(
            "purpose-and-rules",
            "why-collaborate",
            "meeting-points",
            "new-meeting-places",
            "potential-partners",
            "collaboration-sketch",
            "effects",
            "measuring",
            "procurement-myths",
            "next-steps");

    private final NationalSearch national;

    Dashboard(NationalSearch national) {
        this.national = national;
    }

    DashboardView view(DashboardFilter filter) throws IOException {
        var workshops = national.workshops(
                workshopFilter(filter),
                request -> request.size(0)
                        .aggregations(
                                "counties",
                                a -> a.terms(t -> t.field("countyNumber").size(50))
                                        .aggregations(
                                                "municipalities",
                                                m -> m.cardinality(c -> c.field("municipalityNumber"))))
                        .aggregations(
                                "quarters",
                                a -> a.terms(t -> t.field("quarter").size(200))
                                        .aggregations(
                                                "municipalities",
                                                m -> m.cardinality(c -> c.field("municipalityNumber"))))
                        .aggregations(
                                "sheets", a -> a.terms(t -> t.field("sheets").size(50))),
                Void.class);
        Map<String, Aggregate> w = workshops.aggregations();
        List<Count> byCounty = withMunicipalities(w.get("counties"), Dashboard::countyName);
        List<Count> byQuarter = withMunicipalities(w.get("quarters"), Function.identity());
        byQuarter.sort((a, b) -> a.key().compareTo(b.key()));
        Map<String, Long> opened = counts(w.get("sheets"));
        List<Count> funnel = new ArrayList<>();
        SHEETS.forEach(sheet -> funnel.add(new Count(sheet, sheet, opened.getOrDefault(sheet, 0L), 0)));

        var content = national.content(
                contentFilter(filter),
                request -> request.size(0)
                        .aggregations(
                                "meeting",
                                a -> a.filter(f -> f.terms(t -> t.field(ContentFields.SHEET)
                                                .terms(v -> v.value(List.of(
                                                        FieldValue.of("meeting-points"),
                                                        FieldValue.of("new-meeting-places"))))))
                                        .aggregations(
                                                "headings",
                                                h -> h.terms(t -> t.field("heading.keyword")
                                                        .size(15))))
                        .aggregations(
                                "myths",
                                a -> a.filter(f -> f.term(
                                                t -> t.field(ContentFields.KIND).value("MYTH")))
                                        .aggregations(
                                                "myth",
                                                m -> m.terms(t -> t.field(ContentFields.MYTH)
                                                                .size(20))
                                                        .aggregations(
                                                                "county",
                                                                c -> c.terms(t -> t.field(ContentFields.COUNTY)
                                                                                .size(50))
                                                                        .aggregations(
                                                                                "living",
                                                                                l -> l.filter(
                                                                                        f -> f.terms(
                                                                                                t -> t.field(
                                                                                                                ContentFields
                                                                                                                        .VERDICT)
                                                                                                        .terms(
                                                                                                                v ->
                                                                                                                        v
                                                                                                                                .value(
                                                                                                                                        List
                                                                                                                                                .of(
                                                                                                                                                        FieldValue
                                                                                                                                                                .of(
                                                                                                                                                                        "YES"),
                                                                                                                                                        FieldValue
                                                                                                                                                                .of(
                                                                                                                                                                        "PARTLY")))))))))
                                        .aggregations(
                                                "others",
                                                o -> o.filter(f -> f.term(t -> t.field(ContentFields.MYTH)
                                                                .value("other")))
                                                        .aggregations(
                                                                "latest",
                                                                l -> l.topHits(top -> top.size(10)
                                                                        .source(s -> s.filter(sf ->
                                                                                sf.includes(ContentFields.TEXT)))))))
                        .aggregations(
                                "steps",
                                a -> a.filter(f -> f.term(
                                                t -> t.field(ContentFields.KIND).value("NEXT_STEP")))
                                        .aggregations(
                                                "themes",
                                                t -> t.terms(terms -> terms.field(ContentFields.THEMES)
                                                        .size(20))))
                        .aggregations(
                                "partners",
                                a -> a.filter(f -> f.term(
                                                t -> t.field(ContentFields.KIND).value("PARTNER")))
                                        .aggregations(
                                                "counties",
                                                c -> c.terms(t -> t.field(ContentFields.COUNTY)
                                                                .size(50))
                                                        .aggregations(
                                                                "municipalities",
                                                                m -> m.cardinality(card ->
                                                                        card.field(ContentFields.MUNICIPALITY))))),
                Void.class);
        Map<String, Aggregate> c = content.aggregations();
        List<Count> meeting = plain(c.get("meeting").filter().aggregations().get("headings"));
        List<MythCell> myths = new ArrayList<>();
        for (StringTermsBucket myth : c.get("myths")
                .filter()
                .aggregations()
                .get("myth")
                .sterms()
                .buckets()
                .array()) {
            if (myth.key().stringValue().equals("other")) {
                continue;
            }
            for (StringTermsBucket county :
                    myth.aggregations().get("county").sterms().buckets().array()) {
                myths.add(new MythCell(
                        myth.key().stringValue(),
                        county.key().stringValue(),
                        countyName(county.key().stringValue()),
                        county.docCount(),
                        county.aggregations().get("living").filter().docCount()));
            }
        }
        myths.sort((a, b) -> (a.myth() + a.county()).compareTo(b.myth() + b.county()));
        List<String> others = new ArrayList<>();
        c.get("myths")
                .filter()
                .aggregations()
                .get("others")
                .filter()
                .aggregations()
                .get("latest")
                .topHits()
                .hits()
                .hits()
                .forEach(hit -> {
                    JsonData source = hit.source();
                    if (source != null && source.toJson().asJsonObject().containsKey(ContentFields.TEXT)) {
                        others.add(source.toJson().asJsonObject().getString(ContentFields.TEXT));
                    }
                });
        List<Count> steps = plain(c.get("steps").filter().aggregations().get("themes"));
        List<Count> partners =
                withMunicipalities(c.get("partners").filter().aggregations().get("counties"), Dashboard::countyName);
        return new DashboardView(byCounty, byQuarter, funnel, meeting, myths, others, steps, partners);
    }

    private static Query workshopFilter(DashboardFilter filter) {
        return Query.of(q -> q.bool(bool -> {
            bool.filter(f -> f.exists(e -> e.field("title")));
            if (filter.county() != null) {
                bool.filter(f -> f.term(t -> t.field("countyNumber").value(filter.county())));
            }
            if (filter.from() != null || filter.to() != null) {
                bool.filter(f -> f.range(r -> r.date(d -> {
                    d.field("date");
                    if (filter.from() != null) {
                        d.gte(filter.from().toString());
                    }
                    if (filter.to() != null) {
                        d.lte(filter.to().toString());
                    }
                    return d;
                })));
            }
            return bool;
        }));
    }

    private static Query contentFilter(DashboardFilter filter) {
        return Query.of(q -> q.bool(bool -> {
            if (filter.county() != null) {
                bool.filter(f -> f.term(t -> t.field(ContentFields.COUNTY).value(filter.county())));
            }
            if (filter.from() != null || filter.to() != null) {
                bool.filter(f -> f.range(r -> r.date(d -> {
                    d.field(ContentFields.WORKSHOP_DATE);
                    if (filter.from() != null) {
                        d.gte(filter.from().toString());
                    }
                    if (filter.to() != null) {
                        d.lte(filter.to().toString());
                    }
                    return d;
                })));
            }
            return bool;
        }));
    }

    private static List<Count> withMunicipalities(Aggregate terms, Function<String, String> label) {
        List<Count> rows = new ArrayList<>();
        for (StringTermsBucket bucket : terms.sterms().buckets().array()) {
            String key = bucket.key().stringValue();
            rows.add(new Count(key, label.apply(key), bucket.docCount(), (long)
                    bucket.aggregations().get("municipalities").cardinality().value()));
        }
        return rows;
    }

    private static List<Count> plain(Aggregate terms) {
        List<Count> rows = new ArrayList<>();
        counts(terms).forEach((key, count) -> rows.add(new Count(key, key, count, 0)));
        rows.sort((a, b) -> Long.compare(b.count(), a.count()));
        return rows;
    }

    private static Map<String, Long> counts(Aggregate terms) {
        Map<String, Long> counts = new TreeMap<>();
        terms.sterms().buckets().array().forEach(b -> counts.put(b.key().stringValue(), b.docCount()));
        return counts;
    }

    static String countyName(String number) {
        return Municipalities.current().counties().stream()
                .filter(county -> county.number().value().equals(number))
                .map(County::name)
                .findFirst()
                .orElse(number);
    }
}
