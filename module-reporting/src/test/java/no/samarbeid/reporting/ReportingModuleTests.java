package no.samarbeid.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import no.samarbeid.core.events.DomainEvent;
import no.samarbeid.infra.stack.Ports;
import no.samarbeid.infra.stack.StackExtension;
import no.samarbeid.reporting.consumed.NotesRevealed;
import no.samarbeid.reporting.consumed.TenantOnboarded;
import no.samarbeid.reporting.consumed.TenantSharingChanged;
import no.samarbeid.reporting.consumed.WorkshopScheduled;
import no.samarbeid.reporting.indexing.ReadModelIndices;
import no.samarbeid.reporting.search.NationalSearch;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reporting bootstrapped alone with core, against the real stack, fed by CloudEvents records as any producer of the
 * contract writes them: a revealed note of a sharing municipality's shared workshop becomes nationally searchable,
 * leaves when the municipality stops sharing, and an older event delivered afterwards does not bring content back.
 */
@ExtendWith(StackExtension.class)
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class ReportingModuleTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    NationalSearch national;

    @Autowired
    ElasticsearchClient elasticsearch;

    private final KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            Ports.HOST + ":" + Ports.kafka(),
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
            StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
            ByteArraySerializer.class));

    @AfterEach
    void close() {
        producer.close();
    }

    @Test
    void sharedContentIsSearchableNationallyUntilSharingStopsAndALateEventChangesNothing() throws IOException {
        String tag = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        UUID tenant = UUID.randomUUID();
        send(
                "samarbeid.core",
                "core",
                "TenantOnboarded",
                new TenantOnboarded(UUID.randomUUID(), tenant, "4601", true, start));
        UUID workshop = UUID.randomUUID();
        send(
                "samarbeid.workshops",
                "workshops",
                "WorkshopScheduled",
                new WorkshopScheduled(
                        UUID.randomUUID(),
                        tenant,
                        "4601",
                        workshop,
                        "Bergen " + tag,
                        "Rådhuset",
                        LocalDate.of(2026, 5, 4),
                        true,
                        start.plusMillis(1)));
        reveal(tenant, workshop, "Nærmiljøsentral " + tag, start.plusMillis(2));

        // The first run of this group reads the topics from their start: generous, not timed.
        await().atMost(Duration.ofMinutes(5))
                .untilAsserted(() -> assertThat(hits(tag)).isEqualTo(1));

        send(
                "samarbeid.core",
                "core",
                "TenantSharingChanged",
                new TenantSharingChanged(UUID.randomUUID(), tenant, "4601", false, start.plusSeconds(60)));
        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> assertThat(hits(tag)).isZero());

        send(
                "samarbeid.core",
                "core",
                "TenantSharingChanged",
                new TenantSharingChanged(UUID.randomUUID(), tenant, "4601", true, start.plusSeconds(30)));
        UUID late = reveal(tenant, workshop, "Sent " + tag, start.plusMillis(3));
        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> assertThat(elasticsearch
                                .exists(e -> e.index(ReadModelIndices.CONTENT).id(late.toString()))
                                .value())
                        .isTrue());
        assertThat(hits(tag)).isZero();
    }

    private long hits(String tag) throws IOException {
        elasticsearch.indices().refresh(refresh -> refresh.index(ReadModelIndices.CONTENT));
        var response = national.content(
                Query.of(q -> q.match(m -> m.field("text").query(tag))),
                request -> request.size(0).trackTotalHits(t -> t.enabled(true)),
                Void.class);
        return response.hits().total() == null ? 0 : response.hits().total().value();
    }

    private UUID reveal(UUID tenant, UUID workshop, String text, Instant at) {
        UUID note = UUID.randomUUID();
        send(
                "samarbeid.workshops",
                "workshops",
                "NotesRevealed",
                new NotesRevealed(
                        UUID.randomUUID(),
                        tenant,
                        workshop,
                        true,
                        UUID.randomUUID(),
                        "meeting-points",
                        List.of(new NotesRevealed.RevealedNote(note, "entrepreneur-view", text, "MUNICIPALITY")),
                        at));
        return note;
    }

    /** Sends the record as the producing module would: CloudEvents headers, JSON data, the tenant as key. */
    private void send(String topic, String module, String name, DomainEvent event) {
        List<Header> headers = Map.of(
                        "ce_id",
                        event.eventId().toString(),
                        "ce_type",
                        "no.samarbeid." + module + "." + name + ".v1",
                        "ce_source",
                        "/samarbeid/" + module,
                        "ce_specversion",
                        "1.0",
                        "ce_time",
                        event.occurredAt().toString(),
                        "ce_tenant",
                        event.tenantId().toString(),
                        "content-type",
                        "application/json")
                .entrySet()
                .stream()
                .map(h -> (Header) new RecordHeader(h.getKey(), h.getValue().getBytes(StandardCharsets.UTF_8)))
                .toList();
        try {
            producer.send(new ProducerRecord<>(
                            topic, null, event.tenantId().toString(), JSON.writeValueAsBytes(event), headers))
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
