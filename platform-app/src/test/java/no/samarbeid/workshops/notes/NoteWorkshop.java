package no.samarbeid.workshops.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.ApiClient;
import no.samarbeid.support.FacilitatedWorkshop;
import no.samarbeid.support.TwoTableWorkshop;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A running workshop of Oslo with two tables, driven through the API as its facilitator, and guests joining it. */
final class NoteWorkshop extends TwoTableWorkshop {

    private NoteWorkshop(FacilitatedWorkshop workshop) {
        super(workshop);
    }

    /** A started workshop with tables "Bord 1" and "Bord 2". */
    static NoteWorkshop start(ApiClient api) {
        var workshop = new NoteWorkshop(create(api, "Lapper " + UUID.randomUUID()));
        workshop.lifecycle("start");
        return workshop;
    }

    /** A guest joins with the workshop's code at a table. */
    Guest join(String displayName, String perspective, String tableId) {
        return new Guest(this, joinToken(displayName, perspective, tableId), displayName);
    }

    void showNames() {
        var changed = api.put(FACILITATOR, path("/settings"), Map.of("showNames", true, "dotsPerPerson", 3));
        assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
    }

    String notes(String tableId) {
        return table(tableId, "notes");
    }

    String clusters(String tableId) {
        return table(tableId, "clusters");
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
