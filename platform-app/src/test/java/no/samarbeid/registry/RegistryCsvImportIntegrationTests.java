package no.samarbeid.registry;

import static no.samarbeid.registry.RegistryApiIntegrationTests.freshNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A coordinator enters entries from a CSV file in the real stack: all rows or none, each rejected row reported with
 * its line, column and why in Norwegian, nothing half-written.
 */
@IntegrationTest
class RegistryCsvImportIntegrationTests {

    private static final String PATH = "/api/registry/imports/entries";
    private static final String HEADER =
            "organisationNumber;name;organisationForm;nonprofit;municipalityNumber;themes;services;reachCounties\n";

    @LocalServerPort
    int port;

    @Test
    void aFileWithOneBadRowIsRefusedWholeWithEveryRejectedRowNamedAndNothingWritten() {
        ApiClient api = new ApiClient(port);
        String good = freshNumber();
        String duplicate = freshNumber();
        String wrongDigit = good.substring(0, 8) + ((good.charAt(8) - '0' + 1) % 10);
        String csv = HEADER
                + good + ";\"Bra; Bedrift AS\";AS;ja;0301;helse|miljo;Arbeidstrening;03\n"
                + duplicate + ";Første AS;AS;nei;0301;;;\n"
                + wrongDigit + ";Feil Nummer AS;AS;nei;0301;;;\n"
                + duplicate + ";Andre gang AS;AS;nei;0301;;;\n"
                + freshNumber() + ";Astrologi AS;AS;nei;0301;helse|astrologi;;\n"
                + freshNumber() + ";Feil Fylke AS;STI;kanskje;0301;;;99\n";

        var refused = send(api, "koordinator", csv);

        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
        assertThat(refused.body().path("title").asString()).isEqualTo("Rader avvist");
        assertThat(refused.body().path("detail").asString()).startsWith("4 av 6 rader ble avvist.");
        JsonNode rows = refused.body().path("rows");
        assertThat(rows).hasSize(4);
        assertThat(row(rows, 0)).isEqualTo("4 organisationNumber");
        assertThat(rows.get(0).path("message").asString()).contains(wrongDigit, "MOD11");
        assertThat(row(rows, 1)).isEqualTo("5 organisationNumber");
        assertThat(rows.get(1).path("message").asString()).contains("allerede i registeret");
        assertThat(row(rows, 2)).isEqualTo("6 themes");
        assertThat(row(rows, 3)).isEqualTo("7 nonprofit");
        assertThat(api.get("koordinator", "/api/registry/entrepreneurs/" + good).status())
                .isEqualTo(404);
        assertThat(api.get("koordinator", "/api/registry/entrepreneurs/" + duplicate)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aValidFileEntersEveryRowVerified() {
        ApiClient api = new ApiClient(port);
        String first = freshNumber();
        String second = freshNumber();
        String csv = "name,organisationNumber,organisationForm,municipalityNumber,reachNational,description\r\n"
                + "Kafé Inkludering AS," + first + ",AS,4601,ja,\"Kafé, kurs og arbeidstrening\"\r\n"
                + "Stiftelsen Ung Vekst," + second + ",STI,5001,nei,\r\n";

        var created = send(api, "koordinator", csv);

        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.body().path("imported").asInt()).isEqualTo(2);
        JsonNode entry = api.send(null, "GET", "/api/registry/entrepreneurs/" + first, null)
                .body()
                .path("entry");
        assertThat(entry.path("status").asString()).isEqualTo("VERIFIED");
        assertThat(entry.path("profile").path("description").asString()).isEqualTo("Kafé, kurs og arbeidstrening");
        assertThat(entry.path("profile").path("reach").path("national").asBoolean())
                .isTrue();
        assertThat(api.send(null, "GET", "/api/registry/entrepreneurs/" + second, null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aFileThatIsNoCsvOfEntriesIsRefusedAsTheFile() {
        ApiClient api = new ApiClient(port);
        var unknownColumn = send(api, "koordinator", "organisationNumber;navn\n110000014;X\n");
        assertThat(unknownColumn.status()).isEqualTo(400);
        assertThat(unknownColumn.body().path("field").asString()).isEqualTo("file");
        assertThat(unknownColumn.body().path("detail").asString()).contains("«navn»");
        assertThat(send(api, "koordinator", HEADER).status()).isEqualTo(400);
        var latin1 = api.sendBytes(
                "koordinator",
                "POST",
                PATH,
                "text/csv",
                (HEADER + freshNumber() + ";Blåbær AS;AS;nei;0301;;;\n").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(latin1.status()).isEqualTo(400);
        assertThat(latin1.body().path("code").asString()).isEqualTo("registry.csv-encoding");
        assertThat(send(api, "oslo-admin", HEADER + freshNumber() + ";X;AS;nei;0301;;;\n")
                        .status())
                .isEqualTo(403);
    }

    private static ApiClient.Response send(ApiClient api, String user, String csv) {
        return api.sendBytes(user, "POST", PATH, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static String row(JsonNode rows, int index) {
        return rows.get(index).path("line").asInt() + " "
                + rows.get(index).path("column").asString();
    }
}
