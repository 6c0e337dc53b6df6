package no.samarbeid.impact.collaborations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import no.samarbeid.core.reference.MunicipalityNumber;
import no.samarbeid.core.security.Role;
import no.samarbeid.core.tenancy.TenantContext;
import no.samarbeid.core.tenancy.TenantDirectory;
import no.samarbeid.core.tenancy.TenantScope;
import no.samarbeid.impact.events.CollaborationStarted;
import no.samarbeid.infra.stack.StackExtension;
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
 * The impact module bootstrapped with only what it depends on (core), against the real stack: a table's sheets
 * 6-8 delivered newest first, each twice, with an older sketch last, still make one collaboration at idé (its start
 * published, theme guessed from the sector) with the latest wording of the sketch and the effect, and one indicator.
 */
@ExtendWith(StackExtension.class)
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class SheetIntakeModuleTests {

    @Autowired
    SheetIntake intake;

    @Autowired
    CollaborationService collaborations;

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

    @Test
    void sheetsInReverseOrderAndTwiceGiveOneCollaborationWithTheLatestOfEach(Scenario scenario) {
        UUID workshop = UUID.randomUUID();
        UUID table = UUID.randomUUID();
        UUID sketch = UUID.randomUUID();
        UUID effect = UUID.randomUUID();
        UUID measure = UUID.randomUUID();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<Runnable> inOrder = List.of(
                () -> intake.sketched(sketch(workshop, table, sketch, "Gammel kafé", at)),
                () -> intake.sketched(sketch(workshop, table, sketch, "Kaffebrenneriet", at.plusSeconds(1))),
                () -> intake.effectNamed(new EffectFacts(
                        effect, workshop, table, null, "CITIZEN", "Gammel effekt", List.of(), at.plusSeconds(2))),
                () -> intake.effectNamed(new EffectFacts(
                        effect,
                        workshop,
                        table,
                        null,
                        "CITIZEN",
                        "Mer meningsfull hverdag",
                        List.of("QUALITY"),
                        at.plusSeconds(3))),
                () -> intake.measureProposed(new MeasureFacts(
                        measure,
                        workshop,
                        table,
                        null,
                        "Antall deltakere",
                        "Telling",
                        List.of(effect),
                        at.plusSeconds(4))));
        List<Runnable> deliveries = new ArrayList<>();
        List<Runnable> reversed = new ArrayList<>(inOrder);
        Collections.reverse(reversed);
        reversed.forEach(delivery -> {
            deliveries.add(delivery);
            deliveries.add(delivery);
        });
        deliveries.add(inOrder.get(0));

        TenantContext.runAs(
                oslo,
                () -> scenario.stimulate(() -> deliveries.forEach(Runnable::run))
                        .andWaitForEventOfType(CollaborationStarted.class)
                        .matching(event -> workshop.equals(event.workshopId()))
                        .toArriveAndVerify(event -> {
                            assertThat(event.stage()).isEqualTo("IDEA");
                            assertThat(event.theme()).isEqualTo("helse");
                            assertThat(event.tenantId()).isEqualTo(oslo.id().value());
                        }));

        TenantContext.runAs(oslo, () -> {
            List<CollaborationSummary> ours = collaborations.all().stream()
                    .filter(c -> workshop.equals(c.workshopId()))
                    .toList();
            assertThat(ours).hasSize(1);
            CollaborationView view = collaborations.get(ours.get(0).id());
            assertThat(view.title()).isEqualTo("Kaffebrenneriet – Helse og omsorg");
            assertThat(view.effects()).extracting(EffectView::text).containsExactly("Mer meningsfull hverdag");
            assertThat(view.indicators()).extracting(IndicatorView::name).containsExactly("Antall deltakere");
            assertThat(view.origin()).isEqualTo(new Origin(workshop, table, sketch));
        });
    }

    private static SketchFacts sketch(UUID workshop, UUID table, UUID sketch, String partner, Instant at) {
        return new SketchFacts(
                sketch,
                workshop,
                table,
                partner,
                "Helse og omsorg",
                "DEVELOPMENT_PROJECT",
                false,
                "",
                "CLOSE_COLLABORATION",
                "Kafé på sykehjemmet",
                true,
                at);
    }
}
