package no.samarbeid.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import no.samarbeid.core.events.CloudEvents;
import no.samarbeid.core.events.DomainEvent;
import no.samarbeid.core.reference.MunicipalityNumber;
import no.samarbeid.core.tenancy.TenantDirectory;
import no.samarbeid.infra.stack.Ports;
import no.samarbeid.workshops.events.CollaborationSketched;
import no.samarbeid.workshops.events.EffectIdentified;
import no.samarbeid.workshops.events.MeasureProposed;
import no.samarbeid.workshops.events.NextStepAgreed;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The workshops' events arrive twice and out of order: delivered newest first, each twice, with an effect and a
 * measure before their sketch and an older revision last, impact still shows one collaboration with the latest
 * wording of the sketch, its effect and its indicator, and one open next step.
 */
@IntegrationTest
class WorkshopFeedIntegrationTests {

    private static final String TOPIC = "samarbeid.workshops";
    private static final JsonMapper JSON =
            JsonMapper.builder().findAndAddModules().build();

    @LocalServerPort
    int port;

    @Autowired
    TenantDirectory tenants;

    @Test
    void eventsDeliveredInReverseOrderAndTwiceGiveTheLatestOfEach() throws Exception {
        UUID oslo = tenants.scopeOf(new MunicipalityNumber("0301"))
                .orElseThrow()
                .id()
                .value();
        UUID workshop = UUID.randomUUID();
        UUID table = UUID.randomUUID();
        UUID sketch = UUID.randomUUID();
        UUID effect = UUID.randomUUID();
        UUID measure = UUID.randomUUID();
        UUID step = UUID.randomUUID();
        String tag = sketch.toString().substring(0, 8);
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        List<DomainEvent> inOrder = List.of(
                sketched(oslo, workshop, table, sketch, "Gammel kafé " + tag, at),
                sketched(oslo, workshop, table, sketch, "Kaffebrenneriet " + tag, at.plusSeconds(1)),
                new EffectIdentified(
                        UUID.randomUUID(),
                        oslo,
                        workshop,
                        true,
                        table,
                        effect,
                        "CITIZEN",
                        "Gammel effekt",
                        List.of(),
                        sketch,
                        at.plusSeconds(2)),
                new EffectIdentified(
                        UUID.randomUUID(),
                        oslo,
                        workshop,
                        true,
                        table,
                        effect,
                        "CITIZEN",
                        "Mer meningsfull hverdag",
                        List.of("QUALITY"),
                        sketch,
                        at.plusSeconds(3)),
                new MeasureProposed(
                        UUID.randomUUID(),
                        oslo,
                        workshop,
                        true,
                        table,
                        measure,
                        "Antall deltakere",
                        "Telling",
                        List.of(effect),
                        sketch,
                        at.plusSeconds(4)),
                new NextStepAgreed(
                        UUID.randomUUID(),
                        oslo,
                        workshop,
                        true,
                        table,
                        step,
                        "Ringe " + tag,
                        "Enhet",
                        LocalDate.now().plusDays(7),
                        at.plusSeconds(5)));
        List<DomainEvent> reversed = new ArrayList<>(inOrder);
        Collections.reverse(reversed);
        try (var producer = producer()) {
            for (DomainEvent event : reversed) {
                send(producer, event);
                send(producer, event);
            }
            send(producer, inOrder.get(0));
        }

        ApiClient api = new ApiClient(port);
        JsonNode collaboration = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> find(api, workshop),
                        c -> c != null
                                && c.path("indicators").size() == 1
                                && c.path("effects").size() == 1);
        assertThat(collaboration.path("title").asString()).startsWith("Kaffebrenneriet " + tag);
        assertThat(collaboration.path("effects").get(0).path("text").asString()).isEqualTo("Mer meningsfull hverdag");
        assertThat(collaboration.path("indicators").get(0).path("name").asString())
                .isEqualTo("Antall deltakere");
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(api.get("oslo-fasilitator", "/api/impact/next-steps")
                                .body()
                                .toString())
                        .contains("Ringe " + tag));
        assertThat(api.get("oslo-fasilitator", "/api/impact/collaborations")
                        .body()
                        .toString())
                .as("one collaboration per sketch")
                .containsOnlyOnce(workshop.toString());
    }

    private static CollaborationSketched sketched(
            UUID tenant, UUID workshop, UUID table, UUID sketch, String partner, Instant at) {
        return new CollaborationSketched(
                UUID.randomUUID(),
                tenant,
                workshop,
                true,
                table,
                sketch,
                UUID.randomUUID(),
                partner,
                "Helse og omsorg",
                "DEVELOPMENT_PROJECT",
                false,
                "",
                "CLOSE_COLLABORATION",
                "Kafé",
                at);
    }

    private static JsonNode find(ApiClient api, UUID workshop) {
        for (JsonNode summary :
                api.get("oslo-fasilitator", "/api/impact/collaborations").body()) {
            if (workshop.toString().equals(summary.path("workshopId").asString())) {
                return api.get(
                                "oslo-fasilitator",
                                "/api/impact/collaborations/"
                                        + summary.path("id").asString())
                        .body();
            }
        }
        return null;
    }

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                Ports.HOST + ":" + Ports.kafka(),
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class));
    }

    private static void send(KafkaProducer<String, byte[]> producer, DomainEvent event) throws Exception {
        List<Header> headers = CloudEvents.headers(event).entrySet().stream()
                .map(h -> (Header) new RecordHeader(
                        h.getKey(), String.valueOf(h.getValue()).getBytes(StandardCharsets.UTF_8)))
                .toList();
        producer.send(new ProducerRecord<>(
                        TOPIC, null, event.tenantId().toString(), JSON.writeValueAsBytes(event), headers))
                .get();
    }
}
