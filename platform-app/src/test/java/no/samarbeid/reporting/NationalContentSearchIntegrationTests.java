package no.samarbeid.reporting;

import static no.samarbeid.reporting.ReportingFixture.CORE;
import static no.samarbeid.reporting.ReportingFixture.WORKSHOPS;
import static no.samarbeid.reporting.ReportingFixture.eventually;
import static no.samarbeid.reporting.ReportingFixture.now;
import static no.samarbeid.reporting.ReportingFixture.tag;
import static no.samarbeid.reporting.ReportingFixture.workshop;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.samarbeid.IntegrationTest;
import no.samarbeid.core.tenancy.events.TenantSharingChanged;
import no.samarbeid.workshops.events.NotePosted;
import no.samarbeid.workshops.events.NotesRevealed;
import no.samarbeid.workshops.events.RevealedNote;
import no.samarbeid.workshops.events.WorkshopScheduled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The coordinator's search over what tables wrote, fed only by events: a revealed note of a sharing municipality's
 * shared workshop is found with its county facet; a non-sharing municipality's and an unrevealed note never are;
 * sharing turned off removes the content, and an old event delivered afterwards does not bring it back.
 */
@IntegrationTest
class NationalContentSearchIntegrationTests {

    @LocalServerPort
    int port;

    private final ReportingFixture fixture = new ReportingFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aRevealedNoteOfASharedOsloWorkshopIsFoundWithItsCountyAndBergensNeverIs() {
        var api = new ReportingApi(port);
        String tag = tag();
        UUID oslo = fixture.onboard("0301", true, now());
        UUID bergen = fixture.onboard("4601", false, now());
        WorkshopScheduled osloWorkshop = fixture.scheduled(workshop(oslo, "0301", "Oslo " + tag, true));
        WorkshopScheduled bergenWorkshop = fixture.scheduled(workshop(bergen, "4601", "Bergen " + tag, true));
        UUID osloNote = reveal(osloWorkshop, "Møteplass på biblioteket " + tag, now());
        UUID bergenNote = reveal(bergenWorkshop, "Møteplass i Bergen " + tag, now());
        UUID secret = UUID.randomUUID();
        fixture.producer.send(
                WORKSHOPS,
                new NotePosted(
                        UUID.randomUUID(),
                        oslo,
                        osloWorkshop.workshopId(),
                        true,
                        UUID.randomUUID(),
                        "meeting-points",
                        secret,
                        "entrepreneur-view",
                        "Hemmelig " + tag,
                        "p-0123456789abcdef",
                        "MUNICIPALITY",
                        false,
                        now()));
        awaitIndexed(osloNote);
        awaitIndexed(bergenNote);

        JsonNode result = api.json("/api/national/search?q=" + tag, "koordinator");

        assertThat(result.path("total").asLong()).isEqualTo(1);
        JsonNode hit = result.path("hits").get(0);
        assertThat(hit.path("id").asString()).isEqualTo(osloNote.toString());
        assertThat(hit.path("countyNumber").asString()).isEqualTo("03");
        assertThat(hit.path("highlights").get(0).asString()).contains("<em>" + tag + "</em>");
        assertThat(result.path("facets").path("county").get(0).path("value").asString())
                .isEqualTo("03");
        assertThat(api.json("/api/national/search?q=" + tag + "&county=46", "koordinator")
                        .path("total")
                        .asLong())
                .isZero();
        assertThat(ReportingApi.contentDocument(secret).path("found").asBoolean())
                .isFalse();
        assertThat(api.json("/api/search?q=" + tag, "bergen-admin")
                        .path("total")
                        .asLong())
                .as("Bergen's users search only Bergen's demo tenant, not this test's tenant")
                .isZero();
    }

    @Test
    void sharingTurnedOffRemovesTheContentAndAnOldEventDoesNotBringItBack() {
        var api = new ReportingApi(port);
        String tag = tag();
        Instant start = now();
        UUID oslo = fixture.onboard("0301", true, start);
        WorkshopScheduled scheduled = fixture.scheduled(workshop(oslo, "0301", "Oslo " + tag, true));
        UUID note = reveal(scheduled, "Frivilligsentralen " + tag, now());
        awaitIndexed(note);
        eventually(() -> assertThat(api.json("/api/national/search?q=" + tag, "koordinator")
                        .path("total")
                        .asLong())
                .isEqualTo(1));

        fixture.changeSharing(oslo, "0301", false, now().plusSeconds(1));
        eventually(() -> assertThat(api.json("/api/national/search?q=" + tag, "koordinator")
                        .path("total")
                        .asLong())
                .isZero());

        // Resubmitted late by an outbox: the old "shares" and an old reveal of another note.
        fixture.producer.send(CORE, new TenantSharingChanged(UUID.randomUUID(), oslo, "0301", true, start));
        UUID late = reveal(scheduled, "Sent levert " + tag, start.plusMillis(5));
        fixture.changeSharing(oslo, "0301", false, now().plusSeconds(2));
        awaitIndexed(late);
        ReportingApi.refreshContent();

        assertThat(api.json("/api/national/search?q=" + tag, "koordinator")
                        .path("total")
                        .asLong())
                .isZero();
    }

    @Test
    void theResearcherAndMunicipalUsersAreRefusedNationalSearchAndBadInputIsAProblem() {
        var api = new ReportingApi(port);
        assertThat(api.get("/api/national/search?q=kaffe", "forsker").statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/national/search/export?q=kaffe", "forsker").statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/national/workshops?q=kaffe", "forsker").statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/national/search?q=kaffe", "oslo-admin").statusCode())
                .isEqualTo(403);
        for (String bad :
                List.of("colour=red", "county=Oslo", "page=0", "page=999", "size=1000", "q=" + "a".repeat(201))) {
            HttpResponse<String> response = api.get("/api/national/search?" + bad, "koordinator");
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(api.get("/api/national/search?colour=red", "koordinator").body())
                .contains("colour");
    }

    @Test
    void theCsvExportIsFormulaSafe() {
        var api = new ReportingApi(port);
        String tag = tag();
        UUID oslo = fixture.onboard("0301", true, now());
        WorkshopScheduled scheduled = fixture.scheduled(workshop(oslo, "0301", "Oslo " + tag, true));
        awaitIndexed(reveal(scheduled, "=HYPERLINK(\"http://x\") " + tag, now()));

        HttpResponse<String> csv = api.accepting("/api/national/search/export?q=" + tag, "koordinator", "text/csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("\"'=HYPERLINK(\"\"http://x\"\") " + tag + "\"");
    }

    private UUID reveal(WorkshopScheduled workshop, String text, Instant at) {
        UUID note = UUID.randomUUID();
        fixture.producer.send(
                WORKSHOPS,
                new NotesRevealed(
                        UUID.randomUUID(),
                        workshop.tenantId(),
                        workshop.workshopId(),
                        workshop.shared(),
                        UUID.randomUUID(),
                        "meeting-points",
                        List.of(new RevealedNote(note, "entrepreneur-view", text, "SOCIAL_ENTREPRENEUR")),
                        at));
        return note;
    }

    private static void awaitIndexed(UUID note) {
        eventually(() -> assertThat(
                        ReportingApi.contentDocument(note).path("found").asBoolean())
                .isTrue());
        ReportingApi.refreshContent();
    }
}
