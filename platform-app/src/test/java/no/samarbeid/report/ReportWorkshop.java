package no.samarbeid.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * An Oslo workshop with one table, driven through the API by its facilitator: revealed notes on the "why" sheet, a
 * note still in silent writing on the next sheet, and a next step.
 */
public final class ReportWorkshop {

    public static final String FACILITATOR = "oslo-fasilitator";
    static final String WHY = "why-collaborate";
    static final String MEETING_POINTS = "meeting-points";

    public final ApiClient api;
    public final String id;
    public final String table;
    public final String marker = UUID.randomUUID().toString().substring(0, 8);

    private ReportWorkshop(ApiClient api, String id, String table) {
        this.api = api;
        this.id = id;
        this.table = table;
    }

    /** Creates and starts a workshop, writes and reveals notes on the "why" sheet, leaves one note unrevealed. */
    public static ReportWorkshop run(int port) {
        ApiClient api = new ApiClient(port);
        var created = api.post(
                FACILITATOR,
                "/api/workshops",
                Map.of(
                        "title",
                        "Rapporttest",
                        "place",
                        "Rådhuset",
                        "date",
                        LocalDate.now().toString()));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.body().path("id").asString();
        JsonNode tables = ok(api.post(FACILITATOR, "/api/workshops/" + id + "/tables", Map.of("name", "Bord Nord")))
                .path("tables");
        ReportWorkshop workshop =
                new ReportWorkshop(api, id, tables.get(0).path("id").asString());
        workshop.fill();
        return workshop;
    }

    private void fill() {
        ok(api.post(FACILITATOR, path("/start"), Map.of()));
        open(WHY);
        phase("SILENT_WRITING");
        phase("REVEAL");
        write(WHY, "central-question", revealed());
        write(WHY, "central-question", formula());
        write(WHY, "central-question", "Tekst; med semikolon og \"sitat\"");
        phase("DONE");
        open(MEETING_POINTS);
        phase("SILENT_WRITING");
        write(MEETING_POINTS, firstZone(MEETING_POINTS), unrevealed());
    }

    /** A note that was revealed; its text is unique to this workshop. */
    public String revealed() {
        return "Vi når innbyggere sammen " + marker;
    }

    /** A revealed note that a spreadsheet would read as a formula. */
    public String formula() {
        return "=HYPERLINK(\"x\") " + marker;
    }

    /** A note still in silent writing, which no report shows. */
    public String unrevealed() {
        return "Hemmelig lapp " + marker;
    }

    public String path(String rest) {
        return "/api/workshops/" + id + rest;
    }

    private String firstZone(String sheetKey) {
        JsonNode template = ok(api.get(FACILITATOR, "/api/templates/veier-til-samarbeid:2017"));
        return template.path("sheets")
                .valueStream()
                .filter(sheet -> sheet.path("key").asString().equals(sheetKey))
                .findFirst()
                .orElseThrow()
                .path("zones")
                .get(0)
                .path("key")
                .asString();
    }

    private void open(String sheetKey) {
        ok(api.post(FACILITATOR, path("/facilitation/sheet"), Map.of("sheetKey", sheetKey)));
    }

    private void phase(String phase) {
        ok(api.post(FACILITATOR, path("/facilitation/phase"), Map.of("phase", phase)));
    }

    private void write(String sheetKey, String zoneKey, String text) {
        var posted = api.post(
                FACILITATOR,
                path("/tables/" + table + "/notes"),
                Map.of("sheetKey", sheetKey, "zoneKey", zoneKey, "text", text, "perspective", "MUNICIPALITY"));
        assertThat(posted.status()).as(posted.body().toString()).isEqualTo(201);
    }

    private static JsonNode ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }
}
