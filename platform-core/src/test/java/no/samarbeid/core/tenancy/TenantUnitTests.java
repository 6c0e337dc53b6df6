package no.samarbeid.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import no.samarbeid.core.reference.MunicipalityNumber;
import no.samarbeid.core.tenancy.events.TenantOnboarded;
import no.samarbeid.core.tenancy.events.TenantSharingChanged;
import org.junit.jupiter.api.Test;

class TenantUnitTests {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void anOnboardedMunicipalityKeepsItsSharingChoiceAndAnnouncesItself() {
        Tenant tenant = Tenant.onboard(new MunicipalityNumber("1101"), "Eigersund", "org-1", false, clock);

        assertThat(tenant.sharesNationally()).isFalse();
        assertThat(tenant.municipalityNumber()).isEqualTo(new MunicipalityNumber("1101"));
        assertThat(events(tenant)).singleElement().isInstanceOfSatisfying(TenantOnboarded.class, event -> {
            assertThat(event.tenantId()).isEqualTo(tenant.id().value());
            assertThat(event.sharesNationally()).isFalse();
            assertThat(event.occurredAt()).isEqualTo(clock.instant());
        });
    }

    @Test
    void aChangeOfSharingIsPublished() {
        Tenant tenant = Tenant.onboard(new MunicipalityNumber("1101"), "Eigersund", "org-1", false, clock);

        tenant.shareNationally(true, clock);

        assertThat(tenant.sharesNationally()).isTrue();
        assertThat(events(tenant)).last().isInstanceOfSatisfying(TenantSharingChanged.class, event -> {
            assertThat(event.sharesNationally()).isTrue();
            assertThat(event.municipalityNumber()).isEqualTo("1101");
        });
    }

    @Test
    void choosingTheSameSharingAgainPublishesNothing() {
        Tenant tenant = Tenant.onboard(new MunicipalityNumber("1101"), "Eigersund", "org-1", true, clock);

        tenant.shareNationally(true, clock);

        assertThat(events(tenant)).hasSize(1);
    }

    private static java.util.List<Object> events(Tenant tenant) {
        return java.util.List.copyOf(tenant.registeredEvents());
    }
}
