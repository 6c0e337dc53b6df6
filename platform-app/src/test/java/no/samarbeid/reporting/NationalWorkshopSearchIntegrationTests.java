package no.samarbeid.reporting;

import static no.samarbeid.reporting.ReportingFixture.eventually;
import static no.samarbeid.reporting.ReportingFixture.now;
import static no.samarbeid.reporting.ReportingFixture.tag;
import static no.samarbeid.reporting.ReportingFixture.workshop;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import no.samarbeid.IntegrationTest;
import no.samarbeid.workshops.events.WorkshopScheduled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The national coordinator's search over the workshops read model, fed by CloudEvents records on Kafka: it finds
 * only shared workshops of municipalities that share, and follows a municipality's sharing as it changes.
 */
@IntegrationTest
class NationalWorkshopSearchIntegrationTests {

    private final ReportingFixture fixture = new ReportingFixture();
    private final ReportingApi api;

    NationalWorkshopSearchIntegrationTests(@Value("${local.server.port}") int port) {
        this.api = new ReportingApi(port);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void findsASharedWorkshopOfASharingMunicipalityByAnInflectedFormOfATitleWord() {
        String tag = tag();
        UUID oslo = fixture.onboard("0301", true, now());
        WorkshopScheduled scheduled = workshop(oslo, "0301", "Samarbeid om arbeidstrening " + tag, true);

        fixture.producer.send(ReportingFixture.WORKSHOPS, scheduled);

        eventually(() -> assertThat(api.nationalSearch("samarbeide " + tag))
                .singleElement()
                .satisfies(hit -> assertThat(hit)
                        .containsEntry("workshopId", scheduled.workshopId().toString())
                        .containsEntry("municipalityNumber", "0301")
                        .containsEntry("municipalityName", "Oslo - Oslove")
                        .containsEntry("title", "Samarbeid om arbeidstrening " + tag)
                        .containsEntry("place", "Rådhuset, møterom 3")
                        .containsEntry("date", "2026-03-12")
                        .doesNotContainKeys("tenantId", "tenantShares", "workshopShared")));
    }

    @Test
    void doesNotFindAWorkshopOfAMunicipalityThatDoesNotShare() {
        String tag = tag();
        UUID bergen = fixture.onboard("4601", false, now());

        fixture.schedule(workshop(bergen, "4601", "Samarbeid om arbeidstrening " + tag, true));
        ReportingApi.refresh();

        assertThat(api.nationalSearch("samarbeide " + tag)).isEmpty();
    }

    @Test
    void doesNotFindAWorkshopThatIsNotSharedEvenWhenItsMunicipalityShares() {
        String tag = tag();
        UUID trondheim = fixture.onboard("5001", true, now());

        fixture.schedule(workshop(trondheim, "5001", "Samarbeid om arbeidstrening " + tag, false));
        ReportingApi.refresh();

        assertThat(api.nationalSearch("samarbeide " + tag)).isEmpty();
    }

    @Test
    void doesNotFindAWorkshopOfAMunicipalityReportingHasNotHeardOf() {
        String tag = tag();

        fixture.schedule(workshop(UUID.randomUUID(), "0301", "Samarbeid om arbeidstrening " + tag, true));
        ReportingApi.refresh();

        assertThat(api.nationalSearch("samarbeide " + tag)).isEmpty();
    }

    @Test
    void retractsAMunicipalitysWorkshopsWhenItStopsSharingAndRestoresThemWhenItSharesAgain() {
        String tag = tag();
        Instant onboarded = now();
        UUID oslo = fixture.onboard("0301", true, onboarded);
        WorkshopScheduled first = workshop(oslo, "0301", "Samarbeid om arbeidstrening " + tag, true);
        WorkshopScheduled second = workshop(oslo, "0301", "Samarbeid med frivillige " + tag, true);
        fixture.schedule(first);
        fixture.schedule(second);
        eventually(() -> assertThat(api.nationalSearch("samarbeid " + tag)).hasSize(2));

        fixture.changeSharing(oslo, "0301", false, onboarded.plusSeconds(1));

        eventually(() -> assertThat(api.nationalSearch("samarbeid " + tag)).isEmpty());

        fixture.changeSharing(oslo, "0301", true, onboarded.plusSeconds(2));

        eventually(() -> assertThat(api.nationalSearch("samarbeid " + tag))
                .extracting(hit -> hit.get("workshopId"))
                .containsExactlyInAnyOrder(
                        first.workshopId().toString(), second.workshopId().toString()));
    }

    @Test
    void aWorkshopScheduledWhileItsMunicipalityDoesNotShareAppearsWhenItStartsSharing() {
        String tag = tag();
        Instant onboarded = now();
        UUID bergen = fixture.onboard("4601", false, onboarded);
        WorkshopScheduled scheduled = workshop(bergen, "4601", "Samarbeid om arbeidstrening " + tag, true);
        fixture.schedule(scheduled);

        fixture.changeSharing(bergen, "4601", true, onboarded.plusSeconds(1));

        eventually(() -> assertThat(api.nationalSearch("samarbeide " + tag))
                .extracting(hit -> hit.get("workshopId"))
                .containsExactly(scheduled.workshopId().toString()));
    }
}
