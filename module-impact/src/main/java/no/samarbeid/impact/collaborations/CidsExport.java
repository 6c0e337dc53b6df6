package no.samarbeid.impact.collaborations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A collaboration as JSON-LD in the basic tier of the Common Impact Data Standard (CIDS 3.2.1): the municipality
 * and the entrepreneur as {@code cids:Organization}, the theme as {@code cids:Theme}, the collaboration and each of
 * its effects as {@code cids:Outcome}, its indicators as {@code cids:Indicator} (baseline as an ISO 21972 measure,
 * an IRIS+ code as {@code cids:Code}) and each measurement as {@code cids:IndicatorReport} over its period. Terms
 * are those of the published context ({@link #CONTEXT}); identifiers are URNs of the platform.
 */
final class CidsExport {

    static final String CONTEXT = "https://ontology.commonapproach.org/contexts/cidsContext.jsonld";
    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private CidsExport() {}

    /**
     * The document; {@code municipality} is the municipality's name, {@code themeName} and {@code themeDescription}
     * the theme's display texts (null when it has none yet).
     */
    static Map<String, Object> of(
            CollaborationView c, UUID tenantId, String municipality, String themeName, String themeDescription) {
        List<Object> graph = new ArrayList<>();
        String owner = "urn:samarbeid:tenant:" + tenantId;
        graph.add(node(
                owner,
                "cids:Organization",
                "hasLegalName",
                municipality,
                "hasDescription",
                municipality + ": kommunen som følger opp samarbeidet"));
        String entrepreneur = "urn:samarbeid:collaboration:" + c.id() + ":entrepreneur";
        graph.add(node(
                entrepreneur,
                "cids:Organization",
                "hasLegalName",
                c.entrepreneurName(),
                "hasDescription",
                c.entrepreneurName() + (c.entrepreneurOrgnr() == null ? "" : " (org.nr. " + c.entrepreneurOrgnr() + ")")
                        + ": sosial entreprenør i samarbeidet"));
        String theme = null;
        if (c.theme() != null) {
            theme = "urn:samarbeid:theme:" + c.theme().key();
            graph.add(node(theme, "cids:Theme", "hasName", themeName, "hasDescription", themeDescription));
        }
        List<String> indicators = c.indicators().stream()
                .map(i -> "urn:samarbeid:indicator:" + i.id())
                .toList();
        List<String> outcomes = new ArrayList<>();
        String main = "urn:samarbeid:collaboration:" + c.id();
        outcomes.add(main);
        graph.add(outcome(
                main, c.title(), c.description().isBlank() ? c.title() : c.description(), theme, owner, indicators));
        for (EffectView effect : c.effects()) {
            String id = "urn:samarbeid:effect:" + effect.id();
            outcomes.add(id);
            graph.add(outcome(
                    id, effect.stakeholder().name() + ": " + effect.text(), effect.text(), theme, owner, List.of()));
        }
        for (IndicatorView indicator : c.indicators()) {
            graph.add(indicator(indicator, main, owner));
            for (MeasurementView m : indicator.measurements()) {
                graph.add(report(m, indicator, owner));
            }
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", CONTEXT);
        document.put("@graph", graph);
        return document;
    }

    private static Map<String, Object> outcome(
            String id, String name, String description, String theme, String owner, List<String> indicators) {
        Map<String, Object> outcome = node(id, "cids:Outcome", "hasName", name, "hasDescription", description);
        if (theme != null) {
            outcome.put("forTheme", theme);
        }
        outcome.put("forOrganization", owner);
        if (!indicators.isEmpty()) {
            outcome.put("hasIndicator", indicators);
        }
        return outcome;
    }

    private static Map<String, Object> indicator(IndicatorView i, String outcome, String owner) {
        String id = "urn:samarbeid:indicator:" + i.id();
        Map<String, Object> indicator = node(
                id,
                "cids:Indicator",
                "hasName",
                i.name(),
                "hasDescription",
                (i.method().isBlank() ? i.name() : i.method()) + " ("
                        + i.unit().name().toLowerCase() + ")");
        indicator.put("forOutcome", outcome);
        indicator.put("forOrganization", owner);
        if (i.baselineValue() != null) {
            indicator.put("hasBaseline", measure(plain(i.baselineValue())));
        }
        if (i.irisCode() != null) {
            indicator.put(
                    "hasCode",
                    node(
                            "urn:samarbeid:iris:" + i.irisCode(),
                            "cids:Code",
                            "hasName",
                            i.irisCode(),
                            "hasDescription",
                            "IRIS+ metric " + i.irisCode()));
        }
        indicator.put(
                "hasIndicatorReport",
                i.measurements().stream()
                        .map(m -> "urn:samarbeid:measurement:" + m.id())
                        .toList());
        return indicator;
    }

    private static Map<String, Object> report(MeasurementView m, IndicatorView i, String owner) {
        Map<String, Object> report = node(
                "urn:samarbeid:measurement:" + m.id(),
                "cids:IndicatorReport",
                "hasName",
                i.name() + " " + m.periodFrom() + "–" + m.periodTo(),
                "startedAtTime",
                start(m.periodFrom()));
        report.put("endedAtTime", end(m.periodTo()));
        report.put("value", measure(plain(m.value())));
        report.put("forIndicator", "urn:samarbeid:indicator:" + i.id());
        report.put("forOrganization", owner);
        if (!m.source().isBlank()) {
            report.put("hasComment", m.source());
        }
        return report;
    }

    private static Map<String, Object> measure(String value) {
        Map<String, Object> measure = new LinkedHashMap<>();
        measure.put("@type", "i72:Measure");
        measure.put("hasNumericalValue", value);
        return measure;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String start(LocalDate date) {
        return DATE_TIME.format(date.atStartOfDay(NORWAY));
    }

    private static String end(LocalDate date) {
        return date.atTime(LocalTime.of(23, 59, 59))
                .atZone(NORWAY)
                .toOffsetDateTime()
                .toString();
    }

    private static Map<String, Object> node(String id, String type, String k1, Object v1, String k2, Object v2) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@id", id);
        node.put("@type", type);
        node.put(k1, v1);
        node.put(k2, v2);
        return node;
    }
}
