package no.samarbeid.workshops.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.ApiClient;
import no.samarbeid.infra.stack.DemoTokens;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A workshop of Oslo driven through the JSON API by its facilitator, and the people taking part in it. */
final class JourneyWorkshop {

    static final String FACILITATOR = "oslo-fasilitator";
    static final String ADMIN = "oslo-admin";
    static final String EDITION = "veier-til-samarbeid:2017";

    final ApiClient api;
    final int port;
    final String id;

    private JourneyWorkshop(ApiClient api, int port, String id) {
        this.api = api;
        this.port = port;
        this.id = id;
    }

    /** The facilitator creates a workshop for tomorrow from a template (scheduled, since it has a date). */
    static JourneyWorkshop create(int port, String title, String template) {
        ApiClient api = new ApiClient(port);
        Map<String, Object> request = new HashMap<>();
        request.put("title", title);
        request.put("place", "Rådhuset, møterom 3");
        request.put("date", LocalDate.now().plusDays(1).toString());
        request.put("template", template);
        var created = api.post(FACILITATOR, "/api/workshops", request);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.body().path("status").asString()).isEqualTo("SCHEDULED");
        return new JourneyWorkshop(api, port, created.body().path("id").asString());
    }

    /** Adds a table; returns its id. */
    String addTable(String name) {
        JsonNode tables =
                ok(api.post(FACILITATOR, path("/tables"), Map.of("name", name))).path("tables");
        return tables.get(tables.size() - 1).path("id").asString();
    }

    JsonNode lifecycle(String step) {
        return ok(api.post(FACILITATOR, path("/" + step), Map.of()));
    }

    JsonNode read() {
        return ok(api.get(FACILITATOR, path("")));
    }

    String joinCode() {
        return ok(api.get(FACILITATOR, path("/join-code"))).path("joinCode").asString();
    }

    /** A guest joins by code as anyone would, without a token. */
    ApiClient.Response joinAsGuest(String code, String displayName, String perspective, @Nullable String tableId) {
        Map<String, Object> request = new HashMap<>();
        request.put("code", code);
        request.put("displayName", displayName);
        request.put("perspective", perspective);
        if (tableId != null) {
            request.put("tableId", tableId);
        }
        return api.send(null, "POST", "/api/guest/join", request);
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

    void open(String sheetKey) {
        JsonNode workshop = ok(api.post(FACILITATOR, path("/facilitation/sheet"), Map.of("sheetKey", sheetKey)));
        assertThat(workshop.path("tables").valueStream()).allSatisfy(table -> {
            assertThat(table.path("sheetKey").asString()).isEqualTo(sheetKey);
            assertThat(table.path("phase").asString()).isEqualTo("READING");
        });
    }

    JsonNode phase(String phase, @Nullable Integer minutes) {
        Map<String, Object> request = new HashMap<>();
        request.put("phase", phase);
        if (minutes != null) {
            request.put("minutes", minutes);
        }
        return ok(api.post(FACILITATOR, path("/facilitation/phase"), request));
    }

    JsonNode phase(String phase) {
        return phase(phase, null);
    }

    JsonNode timer(String action, @Nullable Integer minutes) {
        Map<String, Object> request = new HashMap<>();
        request.put("action", action);
        if (minutes != null) {
            request.put("minutes", minutes);
        }
        return ok(api.post(FACILITATOR, path("/facilitation/timer"), request));
    }

    /** The path of a resource of the workshop, e.g. {@code /tables}. */
    String path(String rest) {
        return "/api/workshops/" + id + rest;
    }

    String table(String tableId, String resource) {
        return path("/tables/" + tableId + "/" + resource);
    }

    /** Posts as the facilitator and expects it created. */
    JsonNode created(String path, Object body) {
        var response = api.post(FACILITATOR, path, body);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(201);
        return response.body();
    }

    JsonNode get(String path) {
        return ok(api.get(FACILITATOR, path));
    }

    JourneyStream plenaryStream() {
        return JourneyStream.open(port, path("/live"), "Bearer " + DemoTokens.accessToken(FACILITATOR), null);
    }

    static JsonNode ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
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

        JourneyStream stream(String tableId, @Nullable String lastEventId) {
            return JourneyStream.open(workshop.port, workshop.table(tableId, "live"), authorization(), lastEventId);
        }
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
