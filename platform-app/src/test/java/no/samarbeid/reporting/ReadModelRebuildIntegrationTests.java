package no.samarbeid.reporting;

import static no.samarbeid.reporting.ReportingFixture.CORE;
import static no.samarbeid.reporting.ReportingFixture.WORKSHOPS;
import static no.samarbeid.reporting.ReportingFixture.eventually;
import static no.samarbeid.reporting.ReportingFixture.now;
import static no.samarbeid.reporting.ReportingFixture.tag;
import static no.samarbeid.reporting.ReportingFixture.workshop;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samarbeid.IntegrationTest;
import no.samarbeid.infra.stack.DemoTokens;
import no.samarbeid.infra.stack.Ports;
import no.samarbeid.workshops.events.NotesRevealed;
import no.samarbeid.workshops.events.RevealedNote;
import no.samarbeid.workshops.events.WorkshopScheduled;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The rebuild command builds new index versions from the current read models, so it works after Kafka's retention
 * removed the original events: here they are deleted from the topics first. Search answers from the new version
 * afterwards, and events arriving after the rebuild are applied to it.
 */
@IntegrationTest
class ReadModelRebuildIntegrationTests {

    @LocalServerPort
    int port;

    private final ReportingFixture fixture = new ReportingFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aRebuildWhoseOriginalEventsAreGoneKeepsEverythingSearchable() throws Exception {
        var api = new ReportingApi(port);
        String tag = tag();
        UUID oslo = fixture.onboard("0301", true, now());
        WorkshopScheduled scheduled = fixture.scheduled(workshop(oslo, "0301", "Oslo " + tag, true));
        UUID note = reveal(scheduled, "Bydelshus " + tag);
        eventually(() -> assertThat(
                        ReportingApi.contentDocument(note).path("found").asBoolean())
                .isTrue());
        String before = aliasTarget("samarbeid-content");

        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Ports.HOST + ":" + Ports.kafka()))) {
            Map<TopicPartition, Long> end = endOffsets(admin);
            eventually(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("reporting")
                        .partitionsToOffsetAndMetadata()
                        .get();
                end.forEach((partition, offset) -> assertThat(
                                committed.containsKey(partition)
                                        ? committed.get(partition).offset()
                                        : 0L)
                        .as("reporting has consumed %s", partition)
                        .isGreaterThanOrEqualTo(offset));
            });
            admin.deleteRecords(end.entrySet().stream()
                            .collect(Collectors.toMap(
                                    Map.Entry::getKey, e -> RecordsToDelete.beforeOffset(e.getValue()))))
                    .all()
                    .get();
            Map<TopicPartition, Long> earliest = new HashMap<>();
            for (var entry : admin.listOffsets(
                            end.keySet().stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.earliest())))
                    .all()
                    .get()
                    .entrySet()) {
                earliest.put(entry.getKey(), entry.getValue().offset());
            }
            assertThat(earliest).as("the original events are gone").isEqualTo(end);
        }

        HttpResponse<String> rebuilt = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + port + "/api/platform/reporting/rebuild"))
                                .header("Authorization", "Bearer " + DemoTokens.accessToken("plattform-admin"))
                                .header("Accept", "application/json")
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(rebuilt.statusCode()).as(rebuilt.body()).isEqualTo(200);
        String after = aliasTarget("samarbeid-content");
        assertThat(after).isNotEqualTo(before);
        ReportingApi.refreshContent();
        assertThat(api.json("/api/national/search?q=" + tag, "koordinator")
                        .path("total")
                        .asLong())
                .isEqualTo(1);
        UUID later = reveal(scheduled, "Etter ombyggingen " + tag);
        eventually(() -> assertThat(
                        ReportingApi.contentDocument(later).path("_index").asString())
                .isEqualTo(after));
    }

    private UUID reveal(WorkshopScheduled workshop, String text) {
        UUID note = UUID.randomUUID();
        fixture.producer.send(
                WORKSHOPS,
                new NotesRevealed(
                        UUID.randomUUID(),
                        workshop.tenantId(),
                        workshop.workshopId(),
                        true,
                        UUID.randomUUID(),
                        "meeting-points",
                        List.of(new RevealedNote(note, "entrepreneur-view", text, "MUNICIPALITY")),
                        now()));
        return note;
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (String topic : List.of(WORKSHOPS, CORE)) {
            admin.describeTopics(List.of(topic))
                    .allTopicNames()
                    .get()
                    .get(topic)
                    .partitions()
                    .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        }
        Map<TopicPartition, Long> end = new HashMap<>();
        admin.listOffsets(latest).all().get().forEach((partition, info) -> end.put(partition, info.offset()));
        return end;
    }

    private static String aliasTarget(String alias) {
        JsonNode aliases = ReportingApi.elasticsearchGet("/_alias/" + alias);
        return aliases.propertyNames().iterator().next();
    }
}
