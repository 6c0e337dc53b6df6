package no.samarbeid.reporting;

import static no.samarbeid.reporting.ReportingFixture.tag;
import static no.samarbeid.reporting.ReportingFixture.workshop;
import static org.assertj.core.api.Assertions.assertThat;

import no.samarbeid.IntegrationTest;
import no.samarbeid.core.tenancy.Onboarding;
import no.samarbeid.core.tenancy.TenantSummary;
import no.samarbeid.workshops.events.WorkshopScheduled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * A municipality's own search: its users find all its workshops, shared or not, and never another municipality's.
 * Uses the demo realm's Oslo and Bergen, registered as tenants if they are not yet.
 */
@IntegrationTest
class MunicipalWorkshopSearchIntegrationTests {

    private final ReportingFixture fixture = new ReportingFixture();
    private final ReportingApi api;
    private final Onboarding onboarding;

    @Autowired
    MunicipalWorkshopSearchIntegrationTests(@Value("${local.server.port}") int port, Onboarding onboarding) {
        this.api = new ReportingApi(port);
        this.onboarding = onboarding;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aFacilitatorFindsTheirOwnMunicipalitysWorkshopsAndNeverAnothers() {
        String tag = tag();
        TenantSummary oslo = onboarding.register("0301", true);
        TenantSummary bergen = onboarding.register("4601", false);
        WorkshopScheduled inOslo = workshop(oslo.id().value(), "0301", "Samarbeid om arbeidstrening " + tag, true);
        WorkshopScheduled inBergen = workshop(bergen.id().value(), "4601", "Samarbeid om arbeidstrening " + tag, false);
        fixture.schedule(inOslo);
        fixture.schedule(inBergen);
        ReportingApi.refresh();

        assertThat(api.municipalSearch("oslo-fasilitator", "samarbeide " + tag))
                .extracting(hit -> hit.get("workshopId"))
                .containsExactly(inOslo.workshopId().toString());
        assertThat(api.municipalSearch("bergen-fasilitator", "samarbeide " + tag))
                .extracting(hit -> hit.get("workshopId"))
                .containsExactly(inBergen.workshopId().toString());
        assertThat(api.municipalSearch("bergen-fasilitator", "arbeidstrening " + tag))
                .extracting(hit -> hit.get("municipalityNumber"))
                .containsOnly("4601");
    }
}
