package no.samarbeid.slice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import no.samarbeid.infra.stack.Stack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An event published while the broker is down is resubmitted when it is back, and lands once in the read model. */
@IntegrationTest
class BrokerOutageIntegrationTests {

    @LocalServerPort
    int port;

    @AfterEach
    void brokerRunsAgain() throws Exception {
        Stack.local().up(System.out);
    }

    @Test
    void aWorkshopScheduledWhileKafkaIsDownReachesNationalSearchOnceKafkaIsBack() throws Exception {
        String token = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Stack.local().stop("kafka");

        var scheduled = new ApiClient(port)
                .post(
                        "oslo-fasilitator",
                        "/api/workshops",
                        Map.of(
                                "title",
                                "Samarbeid under brudd " + token,
                                "date",
                                LocalDate.now().plusDays(7).toString()));
        assertThat(scheduled.status()).isEqualTo(201);
        String id = scheduled.body().path("id").asString();

        Stack.local().up(System.out);

        await().atMost(Duration.ofSeconds(90))
                .untilAsserted(() -> assertThat(hitsFor(token))
                        .filteredOn(hit -> hit.equals(id))
                        .hasSize(1));
    }

    private java.util.List<String> hitsFor(String token) {
        var response = new ApiClient(port)
                .get("koordinator", "/api/national/workshops?q=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        return response.body()
                .valueStream()
                .map(hit -> hit.path("workshopId").asString())
                .toList();
    }
}
