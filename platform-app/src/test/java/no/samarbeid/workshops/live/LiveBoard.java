package no.samarbeid.workshops.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.ApiClient;
import no.samarbeid.infra.stack.DemoTokens;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A running workshop of Oslo with two tables, driven through the API as its facilitator, with guests joining it and
 * live streams opened on any app instance (by port).
 */
final class LiveBoard {

    static final String FACILITATOR = "oslo-fasilitator";
    static final String SHEET = "why-collaborate";
    static final String ZONE = "central-question";

    final ApiClient api;
    final String id;
    final String table;
    final String otherTable;

    private LiveBoard(ApiClient api, String id, String table, String otherTable) {
        this.api = api;
        this.id = id;
        this.table = table;
        this.otherTable = otherTable;
    }

    /** A started workshop with tables "Bord 1" and "Bord 2". */
    static LiveBoard start(ApiClient api) {
        var created = api.post(
                FACILITATOR,
                "/api/workshops",
                Map.of(
                        "title",
                        "Direkte " + UUID.randomUUID(),
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
        return new LiveBoard(
                api,
                id,
                tables.get(0).path("id").asString(),
                tables.get(1).path("id").asString());
    }

    /** A guest joins with the workshop's code at a table and gets a session token. */
    String join(String displayName, String tableId) {
        String code = api.get(FACILITATOR, "/api/workshops/" + id + "/join-code")
                .body()
                .path("joinCode")
                .asString();
        var joined = api.send(
                null,
                "POST",
                "/api/guest/join",
                Map.of(
                        "code", code,
                        "displayName", displayName,
                        "perspective", "SOCIAL_ENTREPRENEUR",
                        "tableId", tableId));
        assertThat(joined.status()).as(joined.body().toString()).isEqualTo(200);
        return joined.body().path("sessionToken").asString();
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

    /** A guest writes a note at a table; returns the note's id. */
    String post(String guestToken, String tableId, String text) {
        var posted = api.sendAsGuest(
                guestToken,
                "POST",
                "/api/workshops/" + id + "/tables/" + tableId + "/notes",
                Map.of("sheetKey", SHEET, "zoneKey", ZONE, "text", text));
        assertThat(posted.status()).as(posted.body().toString()).isEqualTo(201);
        return posted.body().path("id").asString();
    }

    LiveStream tableStream(int port, String tableId, String authorization, @Nullable String lastEventId) {
        return LiveStream.open(
                port, "/api/workshops/" + id + "/tables/" + tableId + "/live", authorization, lastEventId);
    }

    LiveStream plenaryStream(int port, String authorization) {
        return LiveStream.open(port, "/api/workshops/" + id + "/live", authorization, null);
    }

    static String guest(String token) {
        return "Guest " + token;
    }

    static String user(String username) {
        return "Bearer " + DemoTokens.accessToken(username);
    }
}
