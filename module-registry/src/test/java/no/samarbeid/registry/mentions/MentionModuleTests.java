package no.samarbeid.registry.mentions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import no.samarbeid.core.reference.MunicipalityNumber;
import no.samarbeid.core.security.Role;
import no.samarbeid.core.tenancy.TenantContext;
import no.samarbeid.core.tenancy.TenantDirectory;
import no.samarbeid.core.tenancy.TenantScope;
import no.samarbeid.infra.stack.StackExtension;
import no.samarbeid.registry.events.MentionLinked;
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
 * The registry bootstrapped with only what it depends on (core), against the real stack: a partner named on sheet 5
 * becomes the municipality's mention, newest wording first and untouched by an older event delivered late; with the
 * organisation number of a register entry it is suggested as an exact match, and a facilitator's confirmation
 * publishes {@link MentionLinked}; a retraction takes the mention off the list.
 */
@ExtendWith(StackExtension.class)
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class MentionModuleTests {

    /** A demo entry of the register (fictional, valid MOD11). */
    private static final String GRONN_VEKST = "110000014";

    @Autowired
    MentionEvents events;

    @Autowired
    MentionService mentions;

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
    void aMentionedPartnerIsSuggestedLinkedAndRetracted(Scenario scenario) {
        UUID workshop = UUID.randomUUID();
        UUID table = UUID.randomUUID();
        UUID partner = UUID.randomUUID();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        events.apply(mentioned(workshop, table, partner, "Grønn Vekst", at.plusSeconds(1)));
        events.apply(mentioned(workshop, table, partner, "Gammelt navn", at));

        MentionView mention = TenantContext.callAs(oslo, () -> mentions.get(partner));
        assertThat(mention.name()).as("the newest wording wins").isEqualTo("Grønn Vekst");
        assertThat(mention.suggestions()).first().satisfies(best -> {
            assertThat(best.organisationNumber()).isEqualTo(GRONN_VEKST);
            assertThat(best.match()).isEqualTo("EXACT");
        });

        TenantContext.runAs(
                oslo,
                () -> scenario.stimulate(() -> mentions.link(partner, GRONN_VEKST, true))
                        .andWaitForEventOfType(MentionLinked.class)
                        .matching(linked -> partner.equals(linked.mentionId()))
                        .toArriveAndVerify(linked -> {
                            assertThat(linked.decision()).isEqualTo("CONFIRMED");
                            assertThat(linked.organisationNumber()).isEqualTo(GRONN_VEKST);
                            assertThat(linked.tenantId()).isEqualTo(oslo.id().value());
                        }));
        assertThat(TenantContext.callAs(oslo, () -> mentions.get(partner).linkedTo()))
                .isEqualTo(GRONN_VEKST);

        events.apply(new RetractedPartner(
                UUID.randomUUID(), oslo.id().value(), workshop, true, table, partner, at.plusSeconds(2)));
        List<UUID> listed = TenantContext.callAs(
                oslo, () -> mentions.list().stream().map(MentionView::id).toList());
        assertThat(listed).doesNotContain(partner);
    }

    private MentionedPartner mentioned(UUID workshop, UUID table, UUID partner, String name, Instant at) {
        return new MentionedPartner(
                UUID.randomUUID(),
                oslo.id().value(),
                workshop,
                true,
                table,
                partner,
                name,
                "Arbeidstrening",
                "MUNICIPALITY",
                GRONN_VEKST,
                at);
    }
}
