package no.samarbeid.workshops.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.ApiClient;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A running workshop of Oslo with two tables, driven through the API by its facilitator, and guests joining it. */
final class SheetWorkshop {

    static final String FACILITATOR = "oslo-fasilitator";

    /** The smallest valid PNG: one transparent pixel. */
    static final byte[] PNG = java.util.HexFormat.of()
            .parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f"
                    + "15c4890000000b49444154789c6360000200000500017a5eab3f0000000049454e44ae426082");

    final ApiClient api;
    final String id;
    final String table;
    final String otherTable;

    private SheetWorkshop(ApiClient api, String id, String table, String otherTable) {
        this.api = api;
        this.id = id;
        this.table = table;
        this.otherTable = otherTable;
    }

    /** A scheduled workshop with tables "Bord 1" and "Bord 2", not yet started. */
    static SheetWorkshop schedule(ApiClient api) {
        var created = api.post(
                FACILITATOR,
                "/api/workshops",
                Map.of(
                        "title",
                        "Ark " + UUID.randomUUID(),
                        "place",
                        "Rådhuset",
                        "date",
                        LocalDate.now().plusDays(1).toString()));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.body().path("id").asString();
        api.post(FACILITATOR, "/api/workshops/" + id + "/tables", Map.of("name", "Bord 1"));
        JsonNode tables = api.post(FACILITATOR, "/api/workshops/" + id + "/tables", Map.of("name", "Bord 2"))
                .body()
                .path("tables");
        return new SheetWorkshop(
                api,
                id,
                tables.get(0).path("id").asString(),
                tables.get(1).path("id").asString());
    }

    /** A started workshop with tables "Bord 1" and "Bord 2". */
    static SheetWorkshop start(ApiClient api) {
        SheetWorkshop workshop = schedule(api);
        workshop.lifecycle("start");
        return workshop;
    }

    void lifecycle(String step) {
        var changed = api.post(FACILITATOR, "/api/workshops/" + id + "/" + step, Map.of());
        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
    }

    /** The path of a table's sheet resource, e.g. {@code partners}. */
    String at(String tableId, String resource) {
        return "/api/workshops/" + id + "/tables/" + tableId + "/" + resource;
    }

    /** Posts as the facilitator and expects it created; returns the created resource. */
    JsonNode created(String path, Object body) {
        var response = api.post(FACILITATOR, path, body);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return response.body();
    }

    /** Gets as the facilitator and expects it found. */
    JsonNode get(String path) {
        var response = api.get(FACILITATOR, path);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    /** A guest joins with the workshop's code at a table; returns the session token. */
    String join(String displayName, String tableId) {
        String code =
                get("/api/workshops/" + id + "/join-code").path("joinCode").asString();
        var joined = api.send(
                null,
                "POST",
                "/api/guest/join",
                Map.of(
                        "code",
                        code,
                        "displayName",
                        displayName,
                        "perspective",
                        "SOCIAL_ENTREPRENEUR",
                        "tableId",
                        tableId));
        assertThat(joined.status()).as(joined.body().toString()).isEqualTo(200);
        return joined.body().path("sessionToken").asString();
    }

    ApiClient.Response asGuest(String token, String method, String path, @Nullable Object body) {
        return api.sendAsGuest(token, method, path, body);
    }

    static Map<String, Object> partner(String name, String zone) {
        return Map.of("name", name, "delivers", "Arbeidstrening og kafédrift", "zone", zone);
    }

    static Map<String, Object> sketch(String partnerId) {
        return Map.of(
                "partnerId", partnerId,
                "sector", "Helse og omsorg",
                "projectType", "DEVELOPMENT_PROJECT",
                "procurement", true,
                "involved", "Innkjøp og tjenesteleder",
                "deliveryForm", "CLOSE_COLLABORATION",
                "howItWorks", "Kafé på sykehjemmet drevet av ungdom i arbeidstrening");
    }
}
