package no.samarbeid.workshops.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.ApiClient;
import no.samarbeid.infra.stack.DemoTokens;
import no.samarbeid.support.FacilitatedWorkshop;
import no.samarbeid.support.SseClient;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A workshop of Oslo driven through the JSON API by its facilitator, and the people taking part in it. */
final class JourneyWorkshop extends FacilitatedWorkshop {

    static final String ADMIN = "oslo-admin";
    static final String EDITION = "veier-til-samarbeid:2017";

    final int port;

    private JourneyWorkshop(ApiClient api, int port, String id) {
        super(api, id);
        this.port = port;
    }

    /** The facilitator creates a workshop for tomorrow from a template (scheduled, since it has a date). */
    static JourneyWorkshop create(int port, String title, String template) {
        ApiClient api = new ApiClient(port);
        JsonNode created = postWorkshop(
                api, Map.of("title", title, "place", "Rådhuset, møterom 3", "date", tomorrow(), "template", template));
        assertThat(created.path("status").asString()).isEqualTo("SCHEDULED");
        return new JourneyWorkshop(api, port, created.path("id").asString());
    }

    JsonNode read() {
        return ok(api.get(FACILITATOR, path("")));
    }

    Person guest(String code, String displayName, String perspective, String tableId) {
        var joined = joinAsGuest(code, displayName, perspective, tableId);
        assertThat(joined.status()).as(joined.body().toString()).isEqualTo(200);
        assertThat(joined.body().path("workshopId").asString()).isEqualTo(id);
        return new Person(this, displayName, joined.body().path("sessionToken").asString(), null);
    }

    /** An invited participant with an account joins at a table. */
    Person member(String username, String displayName, String perspective, String tableId) {
        ok(api.post(FACILITATOR, path("/invitations"), Map.of("username", username)));
        ok(api.post(
                username,
                path("/participants"),
                Map.of("displayName", displayName, "perspective", perspective, "tableId", tableId)));
        return new Person(this, displayName, null, username);
    }

    @Override
    public JsonNode open(String sheetKey) {
        JsonNode workshop = super.open(sheetKey);
        assertThat(workshop.path("tables").valueStream()).allSatisfy(table -> {
            assertThat(table.path("sheetKey").asString()).isEqualTo(sheetKey);
            assertThat(table.path("phase").asString()).isEqualTo("READING");
        });
        return workshop;
    }

    JsonNode timer(String action, @Nullable Integer minutes) {
        Map<String, Object> request = new HashMap<>();
        request.put("action", action);
        if (minutes != null) {
            request.put("minutes", minutes);
        }
        return ok(api.post(FACILITATOR, path("/facilitation/timer"), request));
    }

    SseClient plenaryStream() {
        return SseClient.open(port, path("/live"), "Bearer " + DemoTokens.accessToken(FACILITATOR), null);
    }

    static Map<String, Object> note(String sheetKey, String zoneKey, String text) {
        return Map.of("sheetKey", sheetKey, "zoneKey", zoneKey, "text", text);
    }

    /** Someone at a table: a guest (by session token) or a participant with an account (by username). */
    record Person(
            JourneyWorkshop workshop,
            String displayName,
            @Nullable String sessionToken,
            @Nullable String username) {

        ApiClient.Response send(String method, String path, @Nullable Object body) {
            if (sessionToken != null) {
                return workshop.api.sendAsGuest(sessionToken, method, path, body);
            }
            return workshop.api.send(username, method, path, body);
        }

        String authorization() {
            return sessionToken != null ? "Guest " + sessionToken : "Bearer " + DemoTokens.accessToken(username);
        }

        /** Writes a note at a table; returns its id. */
        String write(String tableId, String sheetKey, String zoneKey, String text) {
            var posted = send("POST", workshop.table(tableId, "notes"), note(sheetKey, zoneKey, text));
            assertThat(posted.status()).as(posted.body().toString()).isEqualTo(201);
            return posted.body().path("id").asString();
        }

        List<JsonNode> notes(String tableId, String sheetKey) {
            var response = send("GET", workshop.table(tableId, "notes") + "?sheetKey=" + sheetKey, null);
            assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
            return response.body().valueStream().toList();
        }

        SseClient stream(String tableId, @Nullable String lastEventId) {
            return SseClient.open(workshop.port, workshop.table(tableId, "live"), authorization(), lastEventId);
        }
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
