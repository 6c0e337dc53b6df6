package no.samarbeid.web;

import static no.samarbeid.web.SheetBoard.fields;
import static no.samarbeid.web.SheetBoard.find;
import static no.samarbeid.web.SheetBoard.part;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import no.samarbeid.support.FacilitatedWorkshop;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The structured forms of sheets 5-10 and the cluster form on a guest's board over real HTTP: what a table enters
 * shows on the board and in the facilitator's report, the myths sheet quotes the procurement thresholds with their
 * source, refused input is explained in Norwegian at the form with what was typed kept, and another municipality
 * gets nowhere near Oslo's table.
 */
@IntegrationTest
@TestPropertySource(properties = "samarbeid.test.instance=web-pages")
class SheetFormsPagesIntegrationTests {

    private static final String UUID_PATTERN = "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})";

    @LocalServerPort
    int port;

    @Test
    void aTableFillsInSheetsFiveToTenOnItsBoardAndTheReportShowsWhatItEntered() {
        SheetBoard board = guestAtRunningWorkshop("Skjema");

        board.workshop.open("potential-partners");
        String partners = board.page();
        assertThat(partners).contains("Legg til en sosial entreprenør", "action=\"" + board.path + "/ark/partnere\"");
        String afterPartner = board.submit(
                "/ark/partnere",
                fields("name", "Fretex Oslo", "delivers", "Arbeidstrening for unge", "zone", "REGION"));
        assertThat(part(afterPartner, "data-group=\"REGION\"", "</section>"))
                .contains("Fretex Oslo", "Arbeidstrening for unge");

        board.workshop.open("collaboration-sketch");
        String sketch = board.page();
        assertThat(sketch).contains("Skisser et mulig samarbeid", "Hvilken sektor/tjenesteområde/fagområde");
        String partnerId = find(sketch, "<option value=\"" + UUID_PATTERN + "\"[^>]*>Fretex Oslo</option>");
        String afterSketch = board.submit(
                "/ark/skisser",
                fields(
                        "partnerId", partnerId,
                        "sector", "Oppvekst",
                        "projectType", "DEVELOPMENT_PROJECT",
                        "procurement", "true",
                        "involved", "Innkjøpsavdelingen",
                        "deliveryForm", "CLOSE_COLLABORATION",
                        "howItWorks", "Ungdom får arbeidstrening i kommunens parker"));
        assertThat(afterSketch)
                .contains("Fretex Oslo: Oppvekst", "Utviklingsprosjekt", "Innkjøpsavdelingen", "Tett samarbeid");

        board.workshop.open("effects");
        assertThat(board.page()).contains("Legg til en effekt", "Hvilke effekter vil innbyggeren være opptatt av?");
        String afterEffect = board.submit(
                "/ark/effekter",
                fields(
                        "stakeholder",
                        "CITIZEN",
                        "text",
                        "Flere unge i jobb",
                        "benefits",
                        "QUALITY",
                        "benefits",
                        "COST"));
        String citizen = part(afterEffect, "data-group=\"CITIZEN\"", "</section>");
        assertThat(citizen).contains("Flere unge i jobb", "Øke kvalitet", "Unngå kostnader");
        String effectId = find(citizen, "data-entry=\"" + UUID_PATTERN + "\"");
        var revised = board.postHtmx(
                "/ark/effekter/" + effectId,
                fields("stakeholder", "CITIZEN", "text", "Flere unge i varig jobb", "benefits", "QUALITY"));
        assertThat(revised.statusCode()).isEqualTo(200);
        assertThat(revised.body()).contains("Flere unge i varig jobb").doesNotContain("<html");

        board.workshop.open("measuring");
        String measuring = board.page();
        assertThat(measuring).contains("Legg til en måling", "Hva kan vi måle?");
        String linked = find(measuring, "name=\"effectIds\"[^>]*value=\"" + UUID_PATTERN + "\"");
        String afterMeasure = board.submit(
                "/ark/malinger",
                fields("what", "Andel i jobb etter ett år", "how", "Tall fra NAV", "effectIds", linked));
        assertThat(afterMeasure).contains("Andel i jobb etter ett år", "Tall fra NAV", "Bygger på effektene:");

        board.workshop.open("procurement-myths");
        assertThat(board.page()).contains("Alle anskaffelser over 100 000 kroner må kunngjøres", "Lagre vurderingen");
        board.submit("/ark/myter/myth-2", fields("lives", "YES", "buster", "Les om terskelverdiene"));
        String afterMyths = board.submit(
                "/ark/myter",
                fields("text", "Vi må alltid velge det billigste tilbudet", "lives", "PARTLY", "buster", ""));
        assertThat(part(afterMyths, "data-myth=\"myth-2\"", "</li>"))
                .contains("Vår vurdering", "Les om terskelverdiene");
        assertThat(afterMyths).contains("Vi må alltid velge det billigste tilbudet", "Delvis");

        board.workshop.open("next-steps");
        assertThat(board.page()).contains("Lagre svarene", "Legg til et neste steg");
        board.submit("/ark/refleksjon", fields("answer.low-hanging-fruit", "Felles møteplass i bydelen"));
        String due = LocalDate.now().plusDays(14).toString();
        String afterSteps = board.submit(
                "/ark/neste-steg", fields("text", "Invitere Fretex til møte", "owner", "Kari", "dueDate", due));
        assertThat(afterSteps).contains("Felles møteplass i bydelen", "Invitere Fretex til møte", "Ansvarlig: Kari");

        var facilitator = new Browser(port);
        facilitator.login(FacilitatedWorkshop.FACILITATOR);
        var report = facilitator.get("/workshops/" + board.workshop.id + "/rapport");
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        assertThat(report.body())
                .contains(
                        "Fretex Oslo",
                        "Oppvekst",
                        "Flere unge i varig jobb",
                        "Andel i jobb etter ett år",
                        "Les om terskelverdiene",
                        "Vi må alltid velge det billigste tilbudet",
                        "Felles møteplass i bydelen",
                        "Invitere Fretex til møte");
    }

    @Test
    void theMythsSheetShowsTheProcurementThresholdsInForceWithTheirSource() {
        SheetBoard board = guestAtRunningWorkshop("Terskler");
        board.workshop.open("procurement-myths");

        String thresholds = part(board.page(), "id=\"procurement-thresholds\"", "</section>");

        assertThat(thresholds)
                .contains("Terskelverdier som gjelder")
                .contains("100 000 kr eks. mva.", "1 300 000 kr eks. mva.", "2 300 000 kr eks. mva.")
                .doesNotContain("1 100 000 kr")
                .contains("Nasjonal terskelverdi: kunngjøring i Doffin", "Gjelder fra 6. april 2018")
                .contains("Kilde", "Forskrift om offentlige anskaffelser (anskaffelsesforskriften)", "§ 5-1");
    }

    @Test
    void eachMythFoldsOutTheRulesInForceThatConcernIt() {
        SheetBoard board = guestAtRunningWorkshop("Fakta");
        board.workshop.open("procurement-myths");
        String page = board.page();

        String second = part(page, "id=\"myth-myth-2-facts\"", "</details>");
        assertThat(second)
                .contains("Fakta", "100 000 kr eks. mva.", "1 300 000 kr eks. mva.", "Gjelder fra 6. april 2018")
                .contains("Kilde", "§ 5-1")
                .doesNotContain("1 100 000 kr")
                .doesNotContain("2 300 000 kr");
        assertThat(part(page, "id=\"myth-myth-1-facts\"", "</details>")).contains("2 300 000 kr eks. mva.");
        assertThat(page).as("myth 3 concerns no threshold").doesNotContain("id=\"myth-myth-3-facts\"");
    }

    @Test
    void notesGatheredOnTheBoardShowAsAClusterWithTheirNotes() {
        SheetBoard board = guestAtRunningWorkshop("Klynger");
        board.workshop.open("why-collaborate");
        board.workshop.phase("SILENT_WRITING");
        String zone = find(
                board.page(),
                // A sheet with one zone sends it as a hidden field; one with more offers a choice.
                "id=\"note-zone\" name=\"zoneKey\"(?: value=\"|>\\s*<option value=\")([^\"]+)\"");
        for (String text : new String[] {"Nye arbeidsplasser", "Bedre tjenester"}) {
            board.submit("/lapper", fields("sheetKey", "why-collaborate", "zoneKey", zone, "text", text));
        }
        board.workshop.phase("REVEAL");

        String revealed = board.page();
        assertThat(revealed).contains("Velg til gruppe", "Samle i gruppe");
        var picked = fields("heading", "Verdiskaping");
        Matcher notes =
                Pattern.compile("name=\"noteIds\"[^>]*value=\"" + UUID_PATTERN).matcher(revealed);
        while (notes.find()) {
            picked.add(Map.entry("noteIds", notes.group(1)));
        }
        assertThat(picked).hasSize(3);
        String clustered = board.submit("/klynger", picked);

        assertThat(part(clustered, "class=\"cluster\"", "</ul>"))
                .contains("Verdiskaping", "Nye arbeidsplasser", "Bedre tjenester");
    }

    @Test
    void anEmptyRequiredFieldIsExplainedInNorwegianAtTheFormKeepsWhatWasTypedAndWritesNothing() {
        SheetBoard board = guestAtRunningWorkshop("Feil");
        board.workshop.open("potential-partners");

        var refused = board.post("/ark/partnere", fields("name", "  ", "delivers", "Det vi skrev", "zone", "NATIONAL"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("role=\"alert\"", "Ugyldig navn", "Navnet på samarbeidspartneren må ha mellom 1 og 120 tegn.")
                .contains(">Det vi skrev</textarea>")
                .containsPattern("id=\"partner-zone-NATIONAL\"[^>]*checked")
                .doesNotContain("Exception", "at no.samarbeid");
        var missingZone = board.postHtmx("/ark/partnere", fields("name", "Fretex", "delivers", ""));
        assertThat(missingZone.statusCode()).isEqualTo(200);
        assertThat(missingZone.body()).contains("role=\"alert\"", "Velg hvor de hører hjemme", "value=\"Fretex\"");
        assertThat(board.workshop
                        .api
                        .get(FacilitatedWorkshop.FACILITATOR, board.workshop.table(board.table, "partners"))
                        .body())
                .isEmpty();
    }

    @Test
    void anotherMunicipalityGetsNoAccessToTheSheetFormsOfAnOsloTable() {
        SheetBoard oslo = guestAtRunningWorkshop("Oslo");
        oslo.workshop.open("potential-partners");
        oslo.submit("/ark/partnere", fields("name", "Oslo-partner", "delivers", "", "zone", "MUNICIPALITY"));
        var bergen = new Browser(port);
        bergen.login("bergen-fasilitator");
        String token = Browser.csrf(bergen.get("/").body());

        var board = bergen.get(oslo.path);
        var forms = bergen.get(oslo.path + "/ark");
        var post = bergen.post(
                oslo.path + "/ark/partnere",
                fields("name", "Bergen-inntrenger", "delivers", "", "zone", "NATIONAL"),
                token,
                false);
        var htmx = bergen.post(oslo.path + "/ark/effekter", fields("stakeholder", "CITIZEN", "text", "x"), token, true);

        for (var refused : List.of(board, forms, post, htmx)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(404);
            assertThat(refused.body()).doesNotContain("Oslo-partner");
        }
        var partners =
                oslo.workshop.api.get(FacilitatedWorkshop.FACILITATOR, oslo.workshop.table(oslo.table, "partners"));
        assertThat(partners.body()).hasSize(1);
        assertThat(partners.body().get(0).path("name").asString()).isEqualTo("Oslo-partner");
    }

    /** A running Oslo workshop with one table and a guest at it. */
    private SheetBoard guestAtRunningWorkshop(String title) {
        var workshop = FacilitatedWorkshop.create(new ApiClient(port), title + " " + UUID.randomUUID());
        String table = workshop.addTable("Bord 1");
        workshop.lifecycle("start");
        return SheetBoard.join(port, workshop, table, "Kari");
    }
}
