package no.samarbeid.workshops.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import no.samarbeid.core.reference.MunicipalityNumber;
import no.samarbeid.core.security.Role;
import no.samarbeid.core.tenancy.TenantContext;
import no.samarbeid.core.tenancy.TenantDirectory;
import no.samarbeid.core.tenancy.TenantScope;
import no.samarbeid.infra.stack.StackExtension;
import no.samarbeid.workshops.workshop.WorkshopService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The workshops module learns the municipality's next steps from impact's events, delivered late, twice and out of
 * order against the real database: the next workshop's console lists the open ones agreed elsewhere, in their latest
 * wording, overdue ones marked; done ones leave the list; another municipality sees none of them.
 */
@ExtendWith(StackExtension.class)
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class FollowUpModuleTests {

    @Autowired
    FollowUpListener listener;

    @Autowired
    FollowUps followUps;

    @Autowired
    WorkshopService workshops;

    @Autowired
    TenantDirectory tenants;

    private TenantScope oslo;
    private TenantScope bergen;

    @BeforeEach
    void actAsOslosFacilitator() {
        oslo = tenants.scopeOf(new MunicipalityNumber("0301")).orElseThrow();
        bergen = tenants.scopeOf(new MunicipalityNumber("4601")).orElseThrow();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new TestingAuthenticationToken("oslo-fasilitator", "n/a", Role.FACILITATOR.authority()));
    }

    @AfterEach
    void clearSecurity() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theNextWorkshopReviewsTheOpenStepsAgreedElsewhere() {
        LocalDate today = LocalDate.now();
        UUID earlier = TenantContext.callAs(
                oslo,
                () -> workshops
                        .create("Første workshop", "Rådhuset", today.plusDays(1), null)
                        .id());
        UUID next = TenantContext.callAs(
                oslo,
                () -> workshops
                        .create("Neste workshop", "Rådhuset", today.plusDays(30), null)
                        .id());
        UUID late = UUID.randomUUID();
        UUID done = UUID.randomUUID();
        UUID ownStep = UUID.randomUUID();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        listener.apply(step(late, earlier, "Ringe Kaffebrenneriet", today.minusDays(1), "OPEN", at.plusSeconds(1)));
        listener.apply(step(late, earlier, "Gammel tekst", today.plusDays(9), "OPEN", at));
        listener.apply(step(done, earlier, "Booke møterom", today.plusDays(7), "DONE", at.plusSeconds(2)));
        listener.apply(step(done, earlier, "Booke møterom", today.plusDays(7), "OPEN", at.plusSeconds(1)));
        listener.apply(step(ownStep, next, "Steg fra neste workshop", today.plusDays(3), "OPEN", at));
        listener.apply(step(late, earlier, "Ringe Kaffebrenneriet", today.minusDays(1), "OPEN", at.plusSeconds(1)));

        var review = TenantContext.callAs(oslo, () -> followUps.toReviewAt(next));
        assertThat(review)
                .filteredOn(step -> step.id().equals(late)
                        || step.id().equals(done)
                        || step.id().equals(ownStep))
                .singleElement()
                .satisfies(step -> {
                    assertThat(step.id()).isEqualTo(late);
                    assertThat(step.text()).isEqualTo("Ringe Kaffebrenneriet");
                    assertThat(step.overdue()).isTrue();
                    assertThat(step.workshopTitle()).isEqualTo("Første workshop");
                });
        assertThat(TenantContext.callAs(oslo, () -> followUps.overdue()))
                .extracting(FollowUp::id)
                .contains(late)
                .doesNotContain(done, ownStep);
        assertThat(TenantContext.callAs(bergen, () -> followUps.overdue()))
                .extracting(FollowUp::id)
                .doesNotContain(late);
    }

    private StepUpdated step(UUID id, @Nullable UUID workshop, String text, LocalDate due, String status, Instant at) {
        return new StepUpdated(UUID.randomUUID(), oslo.id().value(), id, workshop, text, due, status, at);
    }
}
