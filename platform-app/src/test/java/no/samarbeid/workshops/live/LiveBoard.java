package no.samarbeid.workshops.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import no.samarbeid.ApiClient;
import no.samarbeid.infra.stack.DemoTokens;
import no.samarbeid.support.FacilitatedWorkshop;
import no.samarbeid.support.SseClient;
import no.samarbeid.support.TwoTableWorkshop;
import org.jspecify.annotations.Nullable;

/**
 * A running workshop of Oslo with two tables, driven through the API as its facilitator, with guests joining it and
 * live streams opened on any app instance (by port).
 */
final class LiveBoard extends TwoTableWorkshop {

    static final String SHEET = "why-collaborate";
    static final String ZONE = "central-question";

    private LiveBoard(FacilitatedWorkshop workshop) {
        super(workshop);
    }

    /** A started workshop with tables "Bord 1" and "Bord 2". */
    static LiveBoard start(ApiClient api) {
        var board = new LiveBoard(create(api, "Direkte " + UUID.randomUUID()));
        board.lifecycle("start");
        return board;
    }

    /** A guest joins with the workshop's code at a table and gets a session token. */
    String join(String displayName, String tableId) {
        return joinToken(displayName, "SOCIAL_ENTREPRENEUR", tableId);
    }

    /** A guest writes a note at a table; returns the note's id. */
    String post(String guestToken, String tableId, String text) {
        var posted = api.sendAsGuest(
                guestToken, "POST", table(tableId, "notes"), Map.of("sheetKey", SHEET, "zoneKey", ZONE, "text", text));
        assertThat(posted.status()).as(posted.body().toString()).isEqualTo(201);
        return posted.body().path("id").asString();
    }

    SseClient tableStream(int port, String tableId, String authorization, @Nullable String lastEventId) {
        return SseClient.open(port, table(tableId, "live"), authorization, lastEventId);
    }

    SseClient plenaryStream(int port, String authorization) {
        return SseClient.open(port, path("/live"), authorization, null);
    }

    static String guest(String token) {
        return "Guest " + token;
    }

    static String user(String username) {
        return "Bearer " + DemoTokens.accessToken(username);
    }
}
