package no.samarbeid.workshops.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.ApiClient;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A running workshop of Oslo with two tables, driven through the API as its facilitator, and guests joining it. */
final class NoteWorkshop {

    static final String FACILITATOR = "oslo-fasilitator";

    final ApiClient api;
    final String id;
    final String table;
    final String otherTable;

    private NoteWorkshop(ApiClient api, String id, String table, String otherTable) {
        this.api = api;
        this.id = id;
        this.table = table;
        this.otherTable = otherTable;
    }

    /** A started workshop with tables "Bord 1" and "Bord 2". */
    static NoteWorkshop start(ApiClient api) {
        var created = api.post(
                FACILITATOR,
                "/api/workshops",
                Map.of(
                        "title",
                        "Lapper " + UUID.randomUUID(),
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
        var started = api.post(FACILITATOR, "/api/workshops/" + id + "/start", Map.of());
        assertThat(started.status()).as(started.body().toString()).isEqualTo(200);
        return new NoteWorkshop(
                api,
                id,
                tables.get(0).path("id").asString(),
                tables.get(1).path("id").asString());
    }

    /** A guest joins with the workshop's code at a table. */
    Guest join(String displayName, String perspective, String tableId) {
        String code = api.get(FACILITATOR, "/api/workshops/" + id + "/join-code")
                .body()
                .path("joinCode")
                .asString();
        var joined = api.send(
                null,
                "POST",
                "/api/guest/join",
                Map.of("code", code, "displayName", displayName, "perspective", perspective, "tableId", tableId));
        assertThat(joined.status()).as(joined.body().toString()).isEqualTo(200);
        return new Guest(this, joined.body().path("sessionToken").asString(), displayName);
    }

    void open(String sheetKey) {
        var opened =
                api.post(FACILITATOR, "/api/workshops/" + id + "/facilitation/sheet", Map.of("sheetKey", sheetKey));
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(200);
    }

    void phase(String phase) {
        var changed = api.post(FACILITATOR, "/api/workshops/" + id + "/facilitation/phase", Map.of("phase", phase));
        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
    }

    void showNames() {
        var changed = api.put(
                FACILITATOR, "/api/workshops/" + id + "/settings", Map.of("showNames", true, "dotsPerPerson", 3));
        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
    }

    String notes(String tableId) {
        return "/api/workshops/" + id + "/tables/" + tableId + "/notes";
    }

    String clusters(String tableId) {
        return "/api/workshops/" + id + "/tables/" + tableId + "/clusters";
    }

    /** What a demo user (e.g. the facilitator) sees of a table's sheet. */
    List<JsonNode> notesSeenBy(String user, String tableId, String sheetKey) {
        var response = api.get(user, notes(tableId) + "?sheetKey=" + sheetKey);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body().valueStream().toList();
    }

    static Map<String, Object> note(String sheetKey, String zoneKey, String text) {
        Map<String, Object> note = new HashMap<>();
        note.put("sheetKey", sheetKey);
        note.put("zoneKey", zoneKey);
        note.put("text", text);
        return note;
    }

    /** A guest of the workshop, calling with their session token. */
    record Guest(NoteWorkshop workshop, String token, String displayName) {

        ApiClient.Response send(String method, String path, @Nullable Object body) {
            return workshop.api.sendAsGuest(token, method, path, body);
        }

        ApiClient.Response post(String tableId, String sheetKey, String zoneKey, String text) {
            return send("POST", workshop.notes(tableId), note(sheetKey, zoneKey, text));
        }

        List<JsonNode> notes(String tableId, String sheetKey) {
            var response = send("GET", workshop.notes(tableId) + "?sheetKey=" + sheetKey, null);
            assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
            return response.body().valueStream().toList();
        }
    }
}
