package no.samarbeid.workshops.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The national edition and procurement rules through the API, and bad variants refused with nothing stored. */
@IntegrationTest
class TemplateApiIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void everyUserOfAMunicipalityListsAndReadsTheNationalEditionInAllThreeLanguages() {
        var listed = api().get("oslo-deltaker", "/api/templates");

        assertThat(listed.status()).isEqualTo(200);
        JsonNode edition = listed.body().path("editions").get(0);
        assertThat(edition.path("reference").asString()).isEqualTo(TemplateVariantIntegrationTests.EDITION);
        assertThat(edition.path("sheets").asInt()).isEqualTo(10);
        assertThat(edition.path("plannedMinutes").asInt()).isEqualTo(210);

        var read = api().get("bergen-fasilitator", "/api/templates/veier-til-samarbeid:2017");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().path("sheets").size()).isEqualTo(10);
        JsonNode myths = read.body().path("sheets").get(8);
        assertThat(myths.path("kind").asString()).isEqualTo("MYTHS");
        assertThat(myths.path("myths").get(1).path("text").path("nb").asString())
                .isEqualTo("Alle anskaffelser over 100 000 kroner må kunngjøres");
        assertThat(myths.path("myths").get(1).path("text").path("nn").asString())
                .isNotBlank();
        assertThat(myths.path("myths").get(1).path("text").path("en").asString())
                .isNotBlank();
    }

    @Test
    void unknownOrMalformedReferencesAreProblems() {
        var unknown = api().get("oslo-fasilitator", "/api/templates/veier-til-samarbeid:1999");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().path("code").asString()).isEqualTo("template.not-found");

        var malformed = api().get("oslo-fasilitator", "/api/templates/not-a-reference");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().path("code").asString()).isEqualTo("template.reference");
    }

    @Test
    void theProcurementRulesInForceOnADate() {
        var before = api().get("oslo-fasilitator", "/api/procurement-rules?date=2018-01-01");
        var after = api().get("oslo-fasilitator", "/api/procurement-rules?date=2024-06-01");

        assertThat(before.status()).isEqualTo(200);
        assertThat(amounts(before.body())).containsExactly(100_000L, 1_100_000L);
        assertThat(amounts(after.body())).containsExactly(100_000L, 1_300_000L, 2_300_000L);
        JsonNode notice = after.body().get(1);
        assertThat(notice.path("key").asString()).isEqualTo("national-threshold");
        assertThat(notice.path("validFrom").asString()).isEqualTo("2018-04-06");
        assertThat(notice.path("source").path("citation").asString()).contains("§ 5-1");
        assertThat(api().get("oslo-deltaker", "/api/procurement-rules").status())
                .isEqualTo(200);
        assertThat(api().get("oslo-deltaker", "/api/procurement-rules?date=yesterday")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void badVariantsAreRefusedAsProblemsAndNothingIsStored() {
        int before = variants();
        Map<String, Map<String, Object>> refusals = new LinkedHashMap<>();
        refusals.put("template.variant.sheet-unknown", variant(sheet("no-such-sheet", null)));
        refusals.put("template.variant.sheet-duplicate", variant(sheet("effects", null), sheet("effects", null)));
        refusals.put("template.variant.no-sheets", variant());
        refusals.put("template.variant.minutes", variant(sheet("effects", 181)));
        Map<String, Object> longTitle = sheet("effects", 10);
        longTitle.put("title", Map.of("nb", "x".repeat(301)));
        refusals.put("template.variant.text-too-long", variant(longTitle));
        Map<String, Object> unknownBase = variant(sheet("effects", null));
        unknownBase.put("base", "veier-til-samarbeid:1999");
        refusals.put("template.variant.base-unknown", unknownBase);
        Map<String, Object> noName = variant(sheet("effects", null));
        noName.remove("name");
        refusals.put("template.variant.name", noName);

        refusals.forEach((code, body) -> {
            var response = api().post("oslo-admin", "/api/templates/variants", body);
            assertThat(response.status()).as(code).isEqualTo(400);
            assertThat(response.body().path("code").asString()).isEqualTo(code);
            assertThat(response.body().path("type").asString()).endsWith("/" + code);
            assertThat(response.body().path("status").asInt()).isEqualTo(400);
        });
        assertThat(api().send("oslo-admin", "POST", "/api/templates/variants", "{\"sheets\": [")
                        .status())
                .isEqualTo(400);
        assertThat(variants()).isEqualTo(before);
    }

    @Test
    void aBadNewVersionLeavesTheVariantAsItWas() {
        var created = api().post("oslo-admin", "/api/templates/variants", variant(sheet("effects", 20)));
        String id = created.body().path("id").asString();

        var refused = api().put("oslo-admin", "/api/templates/variants/" + id, variant(sheet("effects", 0)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("code").asString()).isEqualTo("template.variant.minutes");
        assertThat(api().get("oslo-admin", "/api/templates/variant:" + id)
                        .body()
                        .path("reference")
                        .asString())
                .isEqualTo("variant:" + id + ":1");
        assertThat(api().get("oslo-admin", "/api/templates/variant:" + id + ":2")
                        .status())
                .isEqualTo(404);
    }

    private int variants() {
        return api().get("oslo-admin", "/api/templates").body().path("variants").size();
    }

    @SafeVarargs
    private static Map<String, Object> variant(Map<String, Object>... sheets) {
        Map<String, Object> variant = new LinkedHashMap<>();
        variant.put("name", "Prøve");
        variant.put("base", TemplateVariantIntegrationTests.EDITION);
        variant.put("sheets", new ArrayList<>(List.of(sheets)));
        return variant;
    }

    private static Map<String, Object> sheet(String key, Integer minutes) {
        Map<String, Object> sheet = new LinkedHashMap<>();
        sheet.put("key", key);
        if (minutes != null) {
            sheet.put("minutes", minutes);
        }
        return sheet;
    }

    private static List<Long> amounts(JsonNode rules) {
        return rules.valueStream().map(rule -> rule.path("amountNok").asLong()).toList();
    }

    private ApiClient api() {
        return new ApiClient(port);
    }
}
