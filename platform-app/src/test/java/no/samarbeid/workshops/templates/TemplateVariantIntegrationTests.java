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

/**
 * A municipal admin makes a variant of the national edition through the API: stored per municipality as immutable
 * versions, resolved with all three languages, invisible to other municipalities, refused to non-admins.
 */
@IntegrationTest
class TemplateVariantIntegrationTests {

    static final String EDITION = "veier-til-samarbeid:2017";
    static final List<String> WITHOUT_SHEET_FOUR = List.of(
            "purpose-and-rules",
            "why-collaborate",
            "potential-partners",
            "meeting-points",
            "collaboration-sketch",
            "effects",
            "measuring",
            "procurement-myths",
            "next-steps");

    @LocalServerPort
    int port;

    @Test
    void anAdminMakesAVariantWithoutSheetFourInAnotherOrderWithOtherMinutes() {
        var created = api().post("oslo-admin", "/api/templates/variants", shortVariant("Oslos kortversjon"));

        assertThat(created.status()).isEqualTo(201);
        String id = created.body().path("id").asString();
        assertThat(created.body().path("version").asInt()).isEqualTo(1);
        assertThat(created.body().path("reference").asString()).isEqualTo("variant:" + id + ":1");
        assertThat(created.body().path("sheets").asInt()).isEqualTo(9);

        for (String reader : List.of("oslo-admin", "oslo-fasilitator", "oslo-deltaker")) {
            var resolved = api().get(reader, "/api/templates/variant:" + id + ":1");
            assertThat(resolved.status()).as(reader).isEqualTo(200);
            assertThat(keys(resolved.body())).containsExactlyElementsOf(WITHOUT_SHEET_FOUR);
        }
        JsonNode template = api().get("oslo-fasilitator", "/api/templates/variant:" + id + ":1")
                .body();
        assertThat(template.path("variantName").asString()).isEqualTo("Oslos kortversjon");
        assertThat(template.path("edition").asString()).isEqualTo(EDITION);
        JsonNode whyCollaborate = template.path("sheets").get(1);
        assertThat(whyCollaborate.path("number").asInt()).isEqualTo(2);
        assertThat(whyCollaborate.path("minutes").asInt()).isEqualTo(15);
        assertThat(whyCollaborate.path("title").path("nn").asString()).startsWith("Kvifor");
        assertThat(whyCollaborate.path("title").path("en").asString()).startsWith("Why");
        assertThat(template.path("sheets").get(2).path("key").asString()).isEqualTo("potential-partners");
        assertThat(template.path("sheets").get(2).path("minutes").asInt()).isEqualTo(30);
    }

    @Test
    void anotherSaveIsVersionTwoWhileVersionOneStillResolvesUnchanged() {
        String id = create("oslo-admin", "Oslo med nye tekster");
        JsonNode versionOne =
                api().get("oslo-admin", "/api/templates/variant:" + id + ":1").body();

        Map<String, Object> changes = shortVariant(null);
        @SuppressWarnings("unchecked")
        var sheets = (List<Map<String, Object>>) changes.get("sheets");
        sheets.set(1, Map.of("key", "why-collaborate", "minutes", 25, "title", Map.of("nb", "Hvorfor samarbeide?")));
        var updated = api().put("oslo-admin", "/api/templates/variants/" + id, changes);

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.body().path("version").asInt()).isEqualTo(2);
        assertThat(updated.body().path("name").asString()).isEqualTo("Oslo med nye tekster");
        JsonNode versionTwo =
                api().get("oslo-admin", "/api/templates/variant:" + id + ":2").body();
        assertThat(versionTwo.path("sheets").get(1).path("title").path("nb").asString())
                .isEqualTo("Hvorfor samarbeide?");
        assertThat(versionTwo.path("sheets").get(1).path("title").path("nn").asString())
                .isEqualTo(versionOne
                        .path("sheets")
                        .get(1)
                        .path("title")
                        .path("nn")
                        .asString());
        assertThat(api().get("oslo-admin", "/api/templates/variant:" + id + ":1")
                        .body())
                .isEqualTo(versionOne);
        assertThat(api().get("oslo-fasilitator", "/api/templates/variant:" + id)
                        .body()
                        .path("reference")
                        .asString())
                .isEqualTo("variant:" + id + ":2");
        assertThat(api().get("oslo-admin", "/api/templates/variants/" + id)
                        .body()
                        .path("version")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void anotherMunicipalityNeitherReadsNorListsNorChangesTheVariant() {
        String id = create("oslo-admin", "Bare for Oslo");

        assertThat(api().get("bergen-admin", "/api/templates/variant:" + id + ":1")
                        .status())
                .isEqualTo(404);
        assertThat(api().get("bergen-fasilitator", "/api/templates/variant:" + id)
                        .status())
                .isEqualTo(404);
        var changed = api().put("bergen-admin", "/api/templates/variants/" + id, shortVariant("Bergens nå"));
        assertThat(changed.status()).isEqualTo(404);
        assertThat(changed.body().path("code").asString()).isEqualTo("template.variant.not-found");
        assertThat(variantIds("bergen-admin")).doesNotContain(id);
        assertThat(variantIds("oslo-fasilitator")).contains(id);
        assertThat(api().get("oslo-admin", "/api/templates/variant:" + id)
                        .body()
                        .path("reference")
                        .asString())
                .isEqualTo("variant:" + id + ":1");
    }

    @Test
    void onlyAdminsMakeOrChangeVariants() {
        String id = create("oslo-admin", "Laget av admin");

        var created = api().post("oslo-fasilitator", "/api/templates/variants", shortVariant("Fasilitatorens"));
        assertThat(created.status()).isEqualTo(403);
        assertThat(created.body().path("code").asString()).isEqualTo("access-denied");
        assertThat(api().put("oslo-deltaker", "/api/templates/variants/" + id, shortVariant("Deltakerens"))
                        .status())
                .isEqualTo(403);
        assertThat(api().get("oslo-admin", "/api/templates/variant:" + id)
                        .body()
                        .path("reference")
                        .asString())
                .isEqualTo("variant:" + id + ":1");
    }

    static Map<String, Object> shortVariant(String name) {
        List<Map<String, Object>> sheets = new ArrayList<>();
        for (String key : WITHOUT_SHEET_FOUR) {
            Map<String, Object> sheet = new LinkedHashMap<>();
            sheet.put("key", key);
            if (key.equals("why-collaborate")) {
                sheet.put("minutes", 15);
            }
            if (key.equals("potential-partners")) {
                sheet.put("minutes", 30);
            }
            sheets.add(sheet);
        }
        Map<String, Object> variant = new LinkedHashMap<>();
        if (name != null) {
            variant.put("name", name);
        }
        variant.put("base", EDITION);
        variant.put("sheets", sheets);
        return variant;
    }

    private String create(String user, String name) {
        var created = api().post(user, "/api/templates/variants", shortVariant(name));
        assertThat(created.status()).isEqualTo(201);
        return created.body().path("id").asString();
    }

    private List<String> variantIds(String user) {
        var listed = api().get(user, "/api/templates");
        assertThat(listed.status()).isEqualTo(200);
        return listed.body()
                .path("variants")
                .valueStream()
                .map(variant -> variant.path("id").asString())
                .toList();
    }

    private static List<String> keys(JsonNode template) {
        return template.path("sheets")
                .valueStream()
                .map(sheet -> sheet.path("key").asString())
                .toList();
    }

    private ApiClient api() {
        return new ApiClient(port);
    }
}
