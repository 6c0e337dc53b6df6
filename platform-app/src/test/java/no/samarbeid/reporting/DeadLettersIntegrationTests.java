package no.samarbeid.reporting;

import static no.samarbeid.reporting.ReportingFixture.WORKSHOPS;
import static no.samarbeid.reporting.ReportingFixture.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.IntegrationTest;
import no.samarbeid.core.events.CloudEvents;
import no.samarbeid.infra.stack.DemoTokens;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An operator finds a parked event in reporting's dead letters with the reason, sees it counted in the health
 * details and the metric, and replays it once; others refused.
 */
@IntegrationTest
class DeadLettersIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("reportingDeadLetters")
    HealthIndicator deadLetterHealth;

    @Autowired
    MeterRegistry meters;

    private final ReportingFixture fixture = new ReportingFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aParkedEventIsListedCountedAndReplayedOnce() throws Exception {
        var api = new ReportingApi(port);
        UUID tenant = UUID.randomUUID();
        String poisonId = UUID.randomUUID().toString();
        fixture.producer.send(
                WORKSHOPS,
                tenant.toString(),
                headers(poisonId, tenant),
                "{\"eventId\": not json".getBytes(StandardCharsets.UTF_8));

        JsonNode letter = eventually()
                .until(
                        () -> find(api.json("/api/platform/reporting/dead-letters", "plattform-admin"), poisonId),
                        found -> found != null);
        assertThat(letter.path("originalTopic").asString()).isEqualTo(WORKSHOPS);
        assertThat(letter.path("reason").asString()).isNotBlank();
        assertThat(letter.path("replayed").asBoolean()).isFalse();
        Health health = deadLetterHealth.health();
        assertThat(((Number) health.getDetails().get("waiting")).longValue()).isPositive();
        assertThat(meters.get("samarbeid.reporting.dead.letters").gauge().value())
                .isPositive();

        HttpResponse<String> replayed =
                post("/api/platform/reporting/dead-letters/replay", "plattform-admin", """
                {"topic":"%s","partition":%d,"offset":%d}""".formatted(
                                letter.path("topic").asString(),
                                letter.path("partition").asInt(),
                                letter.path("offset").asLong()));

        assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
        JsonNode after = find(api.json("/api/platform/reporting/dead-letters", "plattform-admin"), poisonId);
        assertThat(after.path("replayed").asBoolean()).isTrue();
        assertThat(post("/api/platform/reporting/dead-letters/replay", "plattform-admin", """
                        {"topic":"samarbeid.andre","partition":0,"offset":0}""")
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/platform/reporting/dead-letters", "koordinator")
                        .statusCode())
                .isEqualTo(403);
    }

    private static JsonNode find(JsonNode letters, String eventId) {
        for (JsonNode letter : letters) {
            if (letter.path("eventId").asString().equals(eventId)
                    && !letter.path("replayed").asBoolean()) {
                return letter;
            }
        }
        for (JsonNode letter : letters) {
            if (letter.path("eventId").asString().equals(eventId)) {
                return letter;
            }
        }
        return null;
    }

    private static List<Header> headers(String id, UUID tenant) {
        return Map.of(
                        CloudEvents.ID, id,
                        CloudEvents.TYPE, "no.samarbeid.workshops.NotePosted.v1",
                        CloudEvents.SOURCE, "/samarbeid/workshops",
                        CloudEvents.SPEC_VERSION, "1.0",
                        CloudEvents.TENANT, tenant.toString())
                .entrySet()
                .stream()
                .map(h -> (Header) new RecordHeader(h.getKey(), h.getValue().getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    private HttpResponse<String> post(String path, String user, String json) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .header("Authorization", "Bearer " + DemoTokens.accessToken(user))
                                .header("Content-Type", "application/json")
                                .header("Accept", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
