package no.samarbeid.impact.collaborations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.core.reference.Theme;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CIDS export of a collaboration with an effect, an indicator (baseline, IRIS+ code) and two measurements,
 * parsed as JSON-LD with the local copy of the CIDS context and validated against the basic tier's SHACL shapes:
 * zero results, and the nodes a funder's tool looks for.
 */
class CidsExportUnitTests {

    private static final String CIDS = "https://ontology.commonapproach.org/cids#";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theExportConformsToTheBasicTierShapes() throws IOException {
        Graph data = parse(JSON.writeValueAsString(CidsExport.of(
                collaboration(),
                UUID.randomUUID(),
                "Oslo",
                "Helse",
                "Tema i Samarbeidsplattformens temaliste: Helse")));
        Shapes shapes = Shapes.parse(RDFParser.source(resource("cids-shacl-BasicTier.ttl"))
                .lang(Lang.TURTLE)
                .toGraph());

        ValidationReport report = ShaclValidator.get().validate(shapes, data);

        assertThat(report.conforms()).as(report.getEntries().toString()).isTrue();
        assertThat(report.getEntries()).isEmpty();
        assertThat(count(data, "Organization")).isEqualTo(2);
        assertThat(count(data, "Theme")).isEqualTo(1);
        assertThat(count(data, "Outcome")).isEqualTo(2);
        assertThat(count(data, "Indicator")).isEqualTo(1);
        assertThat(count(data, "IndicatorReport")).isEqualTo(2);
    }

    private static CollaborationView collaboration() {
        LocalDate january = LocalDate.of(2027, 1, 1);
        var indicator = new IndicatorView(
                UUID.randomUUID(),
                "Deltakere i arbeidstrening",
                "Telling",
                Unit.PERSONS,
                BigDecimal.ZERO,
                january,
                BigDecimal.TEN,
                january.plusYears(1),
                "kvartalsvis",
                "NAV",
                "PI4060",
                true,
                List.of(
                        new MeasurementView(
                                UUID.randomUUID(),
                                new BigDecimal("4"),
                                january,
                                january.plusMonths(3).minusDays(1),
                                "NAV",
                                "",
                                Instant.now()),
                        new MeasurementView(
                                UUID.randomUUID(),
                                new BigDecimal("7"),
                                january.plusMonths(3),
                                january.plusMonths(6).minusDays(1),
                                "",
                                "",
                                Instant.now())));
        var effect = new EffectView(
                UUID.randomUUID(),
                Stakeholder.CITIZEN,
                "Mer meningsfull hverdag",
                List.of(Benefit.QUALITY),
                null,
                "",
                true);
        return new CollaborationView(
                UUID.randomUUID(),
                "Kaffebrenneriet – Helse og omsorg",
                Theme.HEALTH,
                "123456785",
                "Kaffebrenneriet",
                "Helse og omsorg",
                ProjectType.DEVELOPMENT_PROJECT,
                true,
                "",
                DeliveryForm.CLOSE_COLLABORATION,
                "",
                "",
                Stage.PILOT,
                null,
                List.of(),
                List.of(effect),
                List.of(indicator),
                null,
                Instant.now());
    }

    /** Parses the export with the local context in place of the published one (which is not fetched). */
    private static Graph parse(String export) throws IOException {
        String context;
        try (InputStream in = resource("cidsContext.jsonld")) {
            context = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<?, ?> local = JSON.readValue(context, Map.class);
        Map<String, Object> document = JSON.readValue(export, Map.class);
        assertThat(document.get("@context")).isEqualTo(CidsExport.CONTEXT);
        document.put("@context", local.get("@context"));
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(JSON.writeValueAsString(document), Lang.JSONLD11).parse(model);
        return model.getGraph();
    }

    private static long count(Graph graph, String type) {
        return graph.stream(null, RDF.type.asNode(), NodeFactory.createURI(CIDS + type))
                .count();
    }

    private static InputStream resource(String name) {
        InputStream in = CidsExportUnitTests.class.getResourceAsStream("/cids/" + name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
