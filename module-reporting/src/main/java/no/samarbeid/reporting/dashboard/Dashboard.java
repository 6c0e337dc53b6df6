package no.samarbeid.reporting.dashboard;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
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
import no.samarbeid.reporting.indexing.ContentField;
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
    private final CollaborationPipeline pipeline;

    Dashboard(NationalSearch national, CollaborationPipeline pipeline) {
        this.national = national;
        this.pipeline = pipeline;
    }

    DashboardView view(DashboardFilter filter) throws IOException {
        Aggregation municipalities = Aggregation.of(m -> m.cardinality(c -> c.field("municipalityNumber")));
        var workshops = national.workshops(
                filter.query("countyNumber", "date", Query.of(q -> q.exists(e -> e.field("title")))),
                request -> request.size(0)
                        .aggregations(
                                "counties",
                                Aggregation.of(a -> a.terms(
                                                t -> t.field("countyNumber").size(50))
                                        .aggregations("municipalities", municipalities)))
                        .aggregations(
                                "quarters",
                                Aggregation.of(
                                        a -> a.terms(t -> t.field("quarter").size(200))
                                                .aggregations("municipalities", municipalities)))
                        .aggregations("sheets", terms("sheets", 50)),
                Void.class);
        Map<String, Aggregate> w = workshops.aggregations();
        List<Count> byCounty = withMunicipalities(w.get("counties"), Dashboard::countyName);
        List<Count> byQuarter = withMunicipalities(w.get("quarters"), Function.identity());
        byQuarter.sort((a, b) -> a.key().compareTo(b.key()));
        Map<String, Long> opened = counts(w.get("sheets"));
        List<Count> funnel = new ArrayList<>();
        SHEETS.forEach(sheet -> funnel.add(new Count(sheet, sheet, opened.getOrDefault(sheet, 0L), 0)));

        var content = national.content(
                filter.query(ContentField.COUNTY.path(), ContentField.WORKSHOP_DATE.path()),
                request -> request.size(0)
                        .aggregations("meeting", meetingPlaces())
                        .aggregations("myths", myths())
                        .aggregations("steps", ofKind("NEXT_STEP", terms(ContentField.THEMES, 20)))
                        .aggregations("partners", ofKind("PARTNER", countiesWithMunicipalities())),
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
                    if (source != null && source.toJson().asJsonObject().containsKey(ContentField.TEXT.path())) {
                        others.add(source.toJson().asJsonObject().getString(ContentField.TEXT.path()));
                    }
                });
        List<Count> steps = plain(c.get("steps").filter().aggregations().get("themes"));
        List<Count> partners =
                withMunicipalities(c.get("partners").filter().aggregations().get("counties"), Dashboard::countyName);
        return new DashboardView(
                byCounty, byQuarter, funnel, meeting, myths, others, steps, partners, pipeline.cells(filter));
    }

    private static Aggregation meetingPlaces() {
        return Aggregation.of(a -> a.filter(f -> f.terms(t -> t.field(ContentField.SHEET.path())
                        .terms(v -> v.value(
                                List.of(FieldValue.of("meeting-points"), FieldValue.of("new-meeting-places"))))))
                .aggregations("headings", terms("heading.keyword", 15)));
    }

    private static Aggregation myths() {
        Aggregation living = Aggregation.of(l -> l.filter(f -> f.terms(t -> t.field(ContentField.VERDICT.path())
                .terms(v -> v.value(List.of(FieldValue.of("YES"), FieldValue.of("PARTLY")))))));
        Aggregation byCounty = Aggregation.of(c ->
                c.terms(t -> t.field(ContentField.COUNTY.path()).size(50)).aggregations("living", living));
        Aggregation byMyth = Aggregation.of(m ->
                m.terms(t -> t.field(ContentField.MYTH.path()).size(20)).aggregations("county", byCounty));
        Aggregation others = Aggregation.of(o -> o.filter(
                        f -> f.term(t -> t.field(ContentField.MYTH.path()).value("other")))
                .aggregations(
                        "latest",
                        l -> l.topHits(top ->
                                top.size(10).source(s -> s.filter(sf -> sf.includes(ContentField.TEXT.path()))))));
        return Aggregation.of(a -> a.filter(
                        f -> f.term(t -> t.field(ContentField.KIND.path()).value("MYTH")))
                .aggregations("myth", byMyth)
                .aggregations("others", others));
    }

    private static Aggregation countiesWithMunicipalities() {
        return Aggregation.of(c -> c.terms(
                        t -> t.field(ContentField.COUNTY.path()).size(50))
                .aggregations(
                        "municipalities", m -> m.cardinality(card -> card.field(ContentField.MUNICIPALITY.path()))));
    }

    private static Aggregation ofKind(String kind, Aggregation inner) {
        String name = kind.equals("PARTNER") ? "counties" : "themes";
        return Aggregation.of(a -> a.filter(
                        f -> f.term(t -> t.field(ContentField.KIND.path()).value(kind)))
                .aggregations(name, inner));
    }

    private static Aggregation terms(String field, int size) {
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(size)));
    }

    private static Aggregation terms(ContentField field, int size) {
        return terms(field.path(), size);
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
