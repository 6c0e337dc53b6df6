package no.samarbeid.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A coordinator imports a (synthetic) bulk download of Enhetsregisteret: a known entry gets the register's name,
 * address and bankruptcy flag with a history entry; unknown organisations passing the filter come back as candidates.
 */
@IntegrationTest
class RegistryImportIntegrationTests {

    @LocalServerPort
    int port;

    static String enhet(String number, String name, String form, String municipality, boolean bankrupt) {
        return "{\"organisasjonsnummer\":\"" + number + "\",\"navn\":\"" + name
                + "\",\"organisasjonsform\":{\"kode\":\""
                + form + "\",\"beskrivelse\":\"SYNTETISK\"},\"naeringskode1\":{\"kode\":\"88.991\",\"beskrivelse\":"
                + "\"Skjermede virksomheter\"},\"forretningsadresse\":{\"land\":\"Norge\",\"landkode\":\"NO\","
                + "\"postnummer\":\"5003\",\"poststed\":\"BERGEN\",\"adresse\":[\"Syntetisk gate 1\"],\"kommune\":"
                + "\"BERGEN\",\"kommunenummer\":\"" + municipality + "\"},\"konkurs\":" + bankrupt
                + ",\"underAvvikling\":false}";
    }

    static byte[] gzip(String json) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(bytes)) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void aKnownEntryIsUpdatedAndCandidatesAreOfferedByFilter() throws IOException {
        ApiClient api = new ApiClient(port);
        String known = RegistryApiIntegrationTests.freshNumber();
        String candidate = RegistryApiIntegrationTests.freshNumber();
        String other = RegistryApiIntegrationTests.freshNumber();
        assertThat(api.post(
                                "koordinator",
                                "/api/registry/entrepreneurs",
                                RegistryApiIntegrationTests.proposal(known, "Gammelt navn AS", "x"))
                        .status())
                .isEqualTo(201);
        byte[] file = gzip("[" + enhet(known, "SYNTETISK Nytt navn AS", "AS", "4601", true) + ","
                + enhet(candidate, "SYNTETISK Forening", "FLI", "4601", false) + ","
                + enhet(other, "SYNTETISK Annet AS", "AS", "4601", false) + "]");

        var refused = api.sendBytes("oslo-admin", "POST", "/api/registry/imports", "application/gzip", file);
        assertThat(refused.status()).isEqualTo(403);

        var imported = api.sendBytes("koordinator", "POST", "/api/registry/imports?form=FLI", "application/gzip", file);
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
        assertThat(imported.body().path("read").asLong()).isEqualTo(3);
        assertThat(imported.body().path("updated").asLong()).isEqualTo(1);
        assertThat(imported.body().path("candidates").toString())
                .contains(candidate)
                .doesNotContain(other);

        JsonNode entry = api.get("koordinator", "/api/registry/entrepreneurs/" + known)
                .body()
                .path("entry");
        assertThat(entry.path("name").asString()).isEqualTo("SYNTETISK Nytt navn AS");
        assertThat(entry.path("municipalityNumber").asString()).isEqualTo("4601");
        assertThat(entry.path("bankrupt").asBoolean()).isTrue();
        JsonNode history = api.get("koordinator", "/api/registry/entrepreneurs/" + known + "/history")
                .body();
        assertThat(history.get(0).path("kind").asString()).isEqualTo("IMPORTED");
        assertThat(history.get(0).path("changedBy").asString()).isEqualTo("enhetsregisteret");

        var again = api.sendBytes("koordinator", "POST", "/api/registry/imports", "application/gzip", file);
        assertThat(again.body().path("updated").asLong())
                .as("nothing new the second time")
                .isZero();

        var garbage = api.sendBytes(
                "koordinator",
                "POST",
                "/api/registry/imports",
                "application/gzip",
                "not gzip".getBytes(StandardCharsets.UTF_8));
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.body().path("field").asString()).isEqualTo("file");
    }
}
