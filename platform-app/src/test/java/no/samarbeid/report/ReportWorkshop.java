package no.samarbeid.report;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.ApiClient;
import no.samarbeid.support.FacilitatedWorkshop;
import no.samarbeid.support.Method2017;

/**
 * An Oslo workshop with one table, driven through the API by its facilitator: revealed notes on the "why" sheet, a
 * note still in silent writing on the next sheet, and a next step.
 */
public final class ReportWorkshop extends FacilitatedWorkshop {

    static final String WHY = "why-collaborate";
    static final String MEETING_POINTS = "meeting-points";

    public final String table;
    public final String marker = UUID.randomUUID().toString().substring(0, 8);

    private ReportWorkshop(FacilitatedWorkshop workshop) {
        super(workshop);
        this.table = addTable("Bord Nord");
    }

    /** Creates and starts a workshop, writes and reveals notes on the "why" sheet, leaves one note unrevealed. */
    public static ReportWorkshop run(int port) {
        ReportWorkshop workshop = new ReportWorkshop(FacilitatedWorkshop.create(
                new ApiClient(port),
                Map.of(
                        "title",
                        "Rapporttest",
                        "place",
                        "Rådhuset",
                        "date",
                        LocalDate.now().toString())));
        workshop.fill();
        return workshop;
    }

    private void fill() {
        lifecycle("start");
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

    private String firstZone(String sheetKey) {
        return get("/api/templates/" + Method2017.EDITION)
                .path("sheets")
                .valueStream()
                .filter(sheet -> sheet.path("key").asString().equals(sheetKey))
                .findFirst()
                .orElseThrow()
                .path("zones")
                .get(0)
                .path("key")
                .asString();
    }

    private void write(String sheetKey, String zoneKey, String text) {
        created(
                table(table, "notes"),
                Map.of("sheetKey", sheetKey, "zoneKey", zoneKey, "text", text, "perspective", "MUNICIPALITY"));
    }
}
