package no.samarbeid.core.tenancy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import no.samarbeid.core.reference.MunicipalityNumber;
import no.samarbeid.core.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up onboarded municipalities and changes their sharing choice. */
@Service
public class TenantDirectory {

    private final Tenants tenants;
    private final Clock clock;
    private final ConcurrentMap<MunicipalityNumber, TenantScope> scopes = new ConcurrentHashMap<>();

    TenantDirectory(Tenants tenants, Clock clock) {
        this.tenants = tenants;
        this.clock = clock;
    }

    /** The tenant that currently has the number, if onboarded (cached: a tenant's id never changes). */
    public Optional<TenantScope> scopeOf(MunicipalityNumber number) {
        TenantScope cached = scopes.get(number);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<TenantScope> found =
                tenants.findByCurrentNumber(number.value()).map(Tenant::scope);
        found.ifPresent(scope -> scopes.put(number, scope));
        return found;
    }

    @Transactional(readOnly = true)
    public Optional<TenantSummary> find(TenantId id) {
        return tenants.findById(id.value()).map(Tenant::summary);
    }

    @Transactional(readOnly = true)
    public TenantSummary get(TenantId id) {
        return find(id).orElseThrow(() -> new NotFoundException("tenant-not-found", id));
    }

    @Transactional(readOnly = true)
    public List<TenantSummary> all() {
        return tenants.findAll().stream().map(Tenant::summary).toList();
    }

    /** Changes whether the municipality's content may appear in national aggregates; publishes the change. */
    @Transactional
    public TenantSummary shareNationally(TenantId id, boolean shares) {
        Tenant tenant = tenants.findById(id.value()).orElseThrow(() -> new NotFoundException("tenant-not-found", id));
        tenant.shareNationally(shares, clock);
        return tenants.save(tenant).summary();
    }
}
