package no.samarbeid.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import no.samarbeid.ApiClient;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A workshop of Oslo driven through the JSON API by its facilitator: the common steps of setting one up and running
 * it (adding tables, starting it, reading its join code, opening sheets, moving phases) and a guest joining it. Test
 * packages extend it with their own helpers.
 */
public class FacilitatedWorkshop {

    public static final String FACILITATOR = "oslo-fasilitator";

    public final ApiClient api;
    public final String id;

    protected FacilitatedWorkshop(ApiClient api, String id) {
        this.api = api;
        this.id = id;
    }

    protected FacilitatedWorkshop(FacilitatedWorkshop workshop) {
        this(workshop.api, workshop.id);
    }

    /** The facilitator posts a workshop from the given request and expects it created; returns the workshop. */
    public static JsonNode postWorkshop(ApiClient api, Map<String, ?> request) {
        var created = api.post(FACILITATOR, "/api/workshops", request);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body();
    }

    /** The facilitator creates a workshop from the given request and expects it created. */
    public static FacilitatedWorkshop create(ApiClient api, Map<String, ?> request) {
        return new FacilitatedWorkshop(
                api, postWorkshop(api, request).path("id").asString());
    }

    /** The facilitator creates a workshop at the town hall for tomorrow (scheduled, since it has a date). */
    public static FacilitatedWorkshop create(ApiClient api, String title) {
        return create(api, Map.of("title", title, "place", "Rådhuset", "date", tomorrow()));
    }

    public static String tomorrow() {
        return LocalDate.now().plusDays(1).toString();
    }

    /** Adds a table; returns its id. */
    public String addTable(String name) {
        JsonNode tables =
                ok(api.post(FACILITATOR, path("/tables"), Map.of("name", name))).path("tables");
        return tables.get(tables.size() - 1).path("id").asString();
    }

    /** A step of the workshop's lifecycle, e.g. {@code start}; returns the workshop. */
    public JsonNode lifecycle(String step) {
        return ok(api.post(FACILITATOR, path("/" + step), Map.of()));
    }

    public String joinCode() {
        return ok(api.get(FACILITATOR, path("/join-code"))).path("joinCode").asString();
    }

    /** A guest joins by code as anyone would, without a token. */
    public ApiClient.Response joinAsGuest(
            String code, String displayName, String perspective, @Nullable String tableId) {
        Map<String, Object> request = new HashMap<>();
        request.put("code", code);
        request.put("displayName", displayName);
        request.put("perspective", perspective);
        if (tableId != null) {
            request.put("tableId", tableId);
        }
        return api.send(null, "POST", "/api/guest/join", request);
    }

    /** A guest joins with the workshop's code at a table and expects it to work; returns the session token. */
    public String joinToken(String displayName, String perspective, String tableId) {
        var joined = joinAsGuest(joinCode(), displayName, perspective, tableId);
        assertThat(joined.status()).as(joined.body().toString()).isEqualTo(200);
        return joined.body().path("sessionToken").asString();
    }

    /** Opens a sheet at every table; returns the workshop. */
    public JsonNode open(String sheetKey) {
        return ok(api.post(FACILITATOR, path("/facilitation/sheet"), Map.of("sheetKey", sheetKey)));
    }

    public JsonNode phase(String phase, @Nullable Integer minutes) {
        Map<String, Object> request = new HashMap<>();
        request.put("phase", phase);
        if (minutes != null) {
            request.put("minutes", minutes);
        }
        return ok(api.post(FACILITATOR, path("/facilitation/phase"), request));
    }

    public JsonNode phase(String phase) {
        return phase(phase, null);
    }

    /** The path of a resource of the workshop, e.g. {@code /tables}. */
    public String path(String rest) {
        return "/api/workshops/" + id + rest;
    }

    /** The path of a table's resource, e.g. {@code notes}. */
    public String table(String tableId, String resource) {
        return path("/tables/" + tableId + "/" + resource);
    }

    /** Posts as the facilitator and expects it created; returns the created resource. */
    public JsonNode created(String path, Object body) {
        var response = api.post(FACILITATOR, path, body);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(201);
        return response.body();
    }

    /** Gets as the facilitator and expects it found. */
    public JsonNode get(String path) {
        return ok(api.get(FACILITATOR, path));
    }

    public static JsonNode ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }
}
