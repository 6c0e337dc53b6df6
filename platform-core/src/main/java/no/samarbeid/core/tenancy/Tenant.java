package no.samarbeid.core.tenancy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import no.samarbeid.core.reference.MunicipalityNumber;
import no.samarbeid.core.tenancy.events.TenantOnboarded;
import no.samarbeid.core.tenancy.events.TenantSharingChanged;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A municipality onboarded on the platform. Its id is stable; its kommunenummer is dated. Whether its content may
 * appear in national aggregates is its own choice, off until it opts in; every change is published.
 */
@Table(schema = "core", name = "tenant")
class Tenant extends AbstractAggregateRoot<Tenant> {

    @Id
    private final UUID id;

    private final String name;
    private final String keycloakOrganizationId;
    private boolean sharesNationally;
    private final Instant onboardedAt;

    @MappedCollection(idColumn = "tenant_id")
    private final Set<MunicipalityNumberPeriod> numbers;

    @Version
    private int version;

    @PersistenceCreator
    Tenant(
            UUID id,
            String name,
            String keycloakOrganizationId,
            boolean sharesNationally,
            Instant onboardedAt,
            Set<MunicipalityNumberPeriod> numbers,
            int version) {
        this.id = id;
        this.name = name;
        this.keycloakOrganizationId = keycloakOrganizationId;
        this.sharesNationally = sharesNationally;
        this.onboardedAt = onboardedAt;
        this.numbers = new HashSet<>(numbers);
        this.version = version;
    }

    /** A newly onboarded municipality; it shares nationally only if told to. */
    static Tenant onboard(
            MunicipalityNumber number,
            String name,
            String keycloakOrganizationId,
            boolean sharesNationally,
            Clock clock) {
        Instant now = clock.instant();
        var tenant = new Tenant(
                UUID.randomUUID(),
                name,
                keycloakOrganizationId,
                sharesNationally,
                now,
                Set.of(new MunicipalityNumberPeriod(number.value(), LocalDate.now(clock), null)),
                0);
        tenant.registerEvent(
                new TenantOnboarded(UUID.randomUUID(), tenant.id, number.value(), name, sharesNationally, now));
        return tenant;
    }

    /** Changes whether the municipality's content may appear nationally; a no-op when unchanged. */
    void shareNationally(boolean shares, Clock clock) {
        if (shares == sharesNationally) {
            return;
        }
        sharesNationally = shares;
        registerEvent(new TenantSharingChanged(
                UUID.randomUUID(), id, municipalityNumber().value(), shares, clock.instant()));
    }

    /** The events registered and not yet published. */
    java.util.Collection<Object> registeredEvents() {
        return domainEvents();
    }

    TenantId id() {
        return new TenantId(id);
    }

    String name() {
        return name;
    }

    String keycloakOrganizationId() {
        return keycloakOrganizationId;
    }

    boolean sharesNationally() {
        return sharesNationally;
    }

    MunicipalityNumber municipalityNumber() {
        return numbers.stream()
                .filter(MunicipalityNumberPeriod::current)
                .map(period -> new MunicipalityNumber(period.municipalityNumber()))
                .findFirst()
                .orElseThrow();
    }

    TenantScope scope() {
        return new TenantScope(id(), municipalityNumber());
    }

    TenantSummary summary() {
        return new TenantSummary(id(), municipalityNumber(), name, sharesNationally, onboardedAt);
    }
}
