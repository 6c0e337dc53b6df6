package no.samarbeid.workshops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.samarbeid.core.reference.MunicipalityNumber;
import no.samarbeid.core.security.Role;
import no.samarbeid.core.tenancy.TenantContext;
import no.samarbeid.core.tenancy.TenantDirectory;
import no.samarbeid.core.tenancy.TenantScope;
import no.samarbeid.infra.stack.StackExtension;
import no.samarbeid.workshops.events.WorkshopScheduled;
import no.samarbeid.workshops.events.WorkshopStarted;
import no.samarbeid.workshops.workshop.FacilitationService;
import no.samarbeid.workshops.workshop.WorkshopService;
import no.samarbeid.workshops.workshop.WorkshopView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The workshops module bootstrapped with only what it depends on (core), against the real stack: a facilitator
 * schedules and starts a workshop, and the module publishes it.
 */
@ExtendWith(StackExtension.class)
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class WorkshopLifecycleModuleTests {

    @Autowired
    WorkshopService workshops;

    @Autowired
    FacilitationService facilitation;

    @Autowired
    TenantDirectory tenants;

    private TenantScope oslo;

    @BeforeEach
    void actAsOslosFacilitator() {
        oslo = tenants.scopeOf(new MunicipalityNumber("0301")).orElseThrow();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new TestingAuthenticationToken("oslo-fasilitator", "n/a", Role.FACILITATOR.authority()));
    }

    @AfterEach
    void clearSecurity() {
        SecurityContextHolder.clearContext();
    }

    /** The scenario's transaction starts before its stimulus runs, so the tenant is set around the whole scenario. */
    @Test
    void schedulingAWorkshopPublishesItForItsMunicipality(Scenario scenario) {
        LocalDate date = LocalDate.now().plusDays(14);

        TenantContext.runAs(
                oslo,
                () -> scenario.stimulate(() -> workshops.create("Modultest", "Rådhuset", date, null))
                        .andWaitForEventOfType(WorkshopScheduled.class)
                        .matching(event -> event.tenantId().equals(oslo.id().value()))
                        .toArriveAndVerify((event, view) -> {
                            assertThat(event.workshopId()).isEqualTo(view.id());
                            assertThat(event.municipalityNumber()).isEqualTo("0301");
                            assertThat(event.title()).isEqualTo("Modultest");
                            assertThat(event.date()).isEqualTo(date);
                        }));
    }

    @Test
    void startingAWorkshopWithATablePublishesThatItStarted(Scenario scenario) {
        TenantContext.runAs(oslo, () -> {
            WorkshopView scheduled = workshops.create("Modultest", "Rådhuset", LocalDate.now(), null);
            facilitation.addTable(scheduled.id(), "Bord 1");

            scenario.stimulate(() -> workshops.start(scheduled.id()))
                    .andWaitForEventOfType(WorkshopStarted.class)
                    .matching(event -> event.workshopId().equals(scheduled.id()))
                    .toArriveAndVerify(event ->
                            assertThat(event.tenantId()).isEqualTo(oslo.id().value()));
        });
    }
}
