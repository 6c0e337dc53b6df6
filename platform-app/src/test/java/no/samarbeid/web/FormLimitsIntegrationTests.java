package no.samarbeid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import no.samarbeid.IntegrationTest;
import no.samarbeid.support.Method2017;
import no.samarbeid.web.ConsolePagesIntegrationTests.Console;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The page forms keep the API's limits (a countdown of negative or huge minutes is refused in the console as in the
 * API) and clean what is typed like the API does; the endpoints anyone may call without logging in refuse large
 * bodies with 413 problem details before reading them.
 */
@IntegrationTest
@TestPropertySource(properties = "samarbeid.test.instance=web-pages")
class FormLimitsIntegrationTests {

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;

    @Test
    void theConsoleRefusesCountdownsOutsideTheApisLimitsAndStripsBidiCharactersFromTableNames() {
        Console console = Console.create(port, "oslo-fasilitator", "Grenseverksted", null);
        assertThat(console.act("/bord", Map.of("name", "Bord \u202ENord\u202C")))
                .contains("Bordet «Bord Nord» er lagt til.")
                .doesNotContain("\u202E");
        assertThat(console.act("/start", Map.of())).contains("Workshopen er startet.");
        assertThat(console.act("/ark", Map.of("sheetKey", Method2017.SHEETS.get(1))))
                .contains("Arket er åpnet.");

        for (String minutes : new String[] {"-5", "0", "181", "100000"}) {
            assertThat(console.act("/fase", Map.of("phase", "SILENT_WRITING", "minutes", minutes)))
                    .as(minutes)
                    .contains("role=\"alert\"", "Nedtellingen må ha mellom 1 og 180 minutter.")
                    .doesNotContain("Fasen er endret.");
        }
        assertThat(console.act("/fase", Map.of("phase", "SILENT_WRITING", "minutes", "20")))
                .contains("Fasen er endret.");
        for (String minutes : new String[] {"-1", "61"}) {
            assertThat(console.act("/tid", Map.of("action", "EXTEND", "minutes", minutes)))
                    .as(minutes)
                    .contains("role=\"alert\"", "Nedtellingen kan forlenges med mellom 1 og 60 minutter om gangen.");
        }
    }

    @Test
    void unauthenticatedEndpointsRefuseLargeBodiesWith413ProblemDetails() throws Exception {
        String large = "{\"code\":\"ABCDEFGHJK\",\"displayName\":\"" + "x".repeat(20_000)
                + "\",\"perspective\":\"MUNICIPALITY\"}";
        HttpResponse<String> join = http.send(
                request("/api/guest/join", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(large))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(join.statusCode()).isEqualTo(413);
        assertThat(join.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(join.body()).contains("\"code\":\"body-too-large\"", "høyst 16 kB");

        HttpResponse<String> page = http.send(
                request("/bli-med", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("code=ABC&displayName=" + "y".repeat(20_000)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(413);

        byte[] chunked = large.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> unknownLength = http.send(
                request("/api/guest/join", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(chunked)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unknownLength.statusCode()).isEqualTo(411);
        assertThat(unknownLength.body()).contains("\"code\":\"length-required\"");
    }

    private HttpRequest.Builder request(String path, String contentType) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", contentType)
                .header("Accept", "application/json");
    }
}
