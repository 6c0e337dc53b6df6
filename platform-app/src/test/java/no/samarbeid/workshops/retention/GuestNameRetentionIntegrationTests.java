package no.samarbeid.workshops.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.ApiClient;
import no.samarbeid.IntegrationTest;
import no.samarbeid.support.FacilitatedWorkshop;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The retention job against the real database: a completed workshop's guests lose their display names once the
 * retention time since completion has passed (not before), staff who joined with their account (here the municipal admin) keep theirs, a
 * running workshop is left alone, and a second run changes nothing.
 */
@IntegrationTest
class GuestNameRetentionIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    GuestNameRetention retention;

    @Test
    void guestsOfACompletedWorkshopArePseudonymisedAfterTheRetentionTime() {
        var api = new ApiClient(port);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        var completed = FacilitatedWorkshop.create(api, "Avsluttet " + suffix);
        String table = completed.addTable("Bord 1");
        completed.lifecycle("start");
        completed.joinToken("Kari Hemmelig " + suffix, "SOCIAL_ENTREPRENEUR", table);
        var staff = api.post(
                "oslo-admin",
                completed.path("/participants"),
                Map.of("displayName", "Ola Ansatt " + suffix, "perspective", "MUNICIPALITY"));
        assertThat(staff.status()).as(staff.body().toString()).isEqualTo(200);
        completed.lifecycle("complete");

        var running = FacilitatedWorkshop.create(api, "Pågående " + suffix);
        String runningTable = running.addTable("Bord 1");
        running.lifecycle("start");
        running.joinToken("Per Aktiv " + suffix, "MUNICIPALITY", runningTable);

        retention.pseudonymiseGuestsOfWorkshopsCompletedBefore(Instant.now().minus(Duration.ofDays(30)));
        assertThat(names(completed)).containsExactlyInAnyOrder("Kari Hemmelig " + suffix, "Ola Ansatt " + suffix);

        retention.pseudonymiseGuestsOfWorkshopsCompletedBefore(Instant.now().plusSeconds(1));
        List<String> after = names(completed);
        assertThat(after).contains("Ola Ansatt " + suffix).doesNotContain("Kari Hemmelig " + suffix);
        assertThat(after).filteredOn(name -> name.startsWith("Gjest ")).hasSize(1);
        assertThat(names(running)).containsExactly("Per Aktiv " + suffix);

        retention.pseudonymiseGuestsOfWorkshopsCompletedBefore(Instant.now().plusSeconds(1));
        assertThat(names(completed)).isEqualTo(after);
    }

    private static List<String> names(FacilitatedWorkshop workshop) {
        JsonNode people = workshop.get(workshop.path("/participants")).path("participants");
        return people.valueStream().map(p -> p.path("displayName").asString()).toList();
    }
}
