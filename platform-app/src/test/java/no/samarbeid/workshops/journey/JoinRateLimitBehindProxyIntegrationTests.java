package no.samarbeid.workshops.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;
import no.samarbeid.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind the reverse proxy (the tests pose as one on 127.0.0.1, a trusted proxy in the dev profile) the join limit
 * counts wrong codes per real client: the guesser is refused with {@code Retry-After}, also when it puts other
 * addresses first in {@code X-Forwarded-For}, while the rest of the country behind the same proxy joins.
 */
@IntegrationTest
class JoinRateLimitBehindProxyIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void aGuesserBehindTheProxyIsRefusedWithRetryAfterWhileOthersBehindItJoin() throws Exception {
        JourneyWorkshop workshop =
                JourneyWorkshop.create(port, JourneyWorkshop.unique("Bak proxy"), JourneyWorkshop.EDITION);
        String table = workshop.addTable("Bord 1");
        String code = workshop.joinCode();
        String guesser = randomClient();

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(join(guesser, "ZZZZZZZZZ" + attempt, table).statusCode()).isEqualTo(404);
        }
        HttpResponse<String> refused = join(guesser, code, table);
        HttpResponse<String> hiding = join("198.51.100.1, " + guesser, code, table);
        HttpResponse<String> neighbour = join(randomClient(), code, table);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
        assertThat(refused.body()).contains("join.too-many-attempts");
        assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong))
                .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1L, 600L));
        assertThat(hiding.statusCode()).isEqualTo(429);
        assertThat(neighbour.statusCode()).as(neighbour.body()).isEqualTo(200);
    }

    private HttpResponse<String> join(String forwardedFor, String code, String table) throws Exception {
        String body = "{\"code\":\"%s\",\"displayName\":\"Gjest\",\"perspective\":\"OTHER\",\"tableId\":\"%s\"}"
                .formatted(code, table);
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/guest/join"))
                        .header("Content-Type", "application/json")
                        .header("X-Forwarded-For", forwardedFor)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String randomClient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "203.0." + random.nextInt(1, 255) + "." + random.nextInt(1, 255);
    }
}
