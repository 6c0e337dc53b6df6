package no.samarbeid.workshops.workshop;

import java.util.UUID;
import java.util.function.Supplier;
import no.samarbeid.core.tenancy.TenantContext;
import no.samarbeid.core.tenancy.TenantScope;

/**
 * What a verified projector link grants: read-only sight of one workshop of one municipality, without a login. Only
 * {@link ProjectorLinks#verify} makes one, so a method that takes a pass knows its signature was checked.
 */
public final class ProjectorPass {

    private final TenantScope tenant;
    private final UUID workshopId;

    ProjectorPass(TenantScope tenant, UUID workshopId) {
        this.tenant = tenant;
        this.workshopId = workshopId;
    }

    public UUID workshopId() {
        return workshopId;
    }

    public UUID tenantId() {
        return tenant.id().value();
    }

    /** Runs work in the workshop's municipality (its transactions then see only that tenant's rows). */
    public <T> T callAs(Supplier<T> work) {
        return TenantContext.callAs(tenant, work);
    }
}
