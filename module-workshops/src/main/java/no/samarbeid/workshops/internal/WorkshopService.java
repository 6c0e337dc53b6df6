package no.samarbeid.workshops.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.samarbeid.core.tenancy.TenantContext;
import no.samarbeid.core.tenancy.TenantDirectory;
import no.samarbeid.core.tenancy.TenantScope;
import no.samarbeid.core.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Schedules and finds the current municipality's workshops. */
@Service
class WorkshopService {

    private final Workshops workshops;
    private final TenantDirectory tenants;
    private final Clock clock;

    WorkshopService(Workshops workshops, TenantDirectory tenants, Clock clock) {
        this.workshops = workshops;
        this.tenants = tenants;
        this.clock = clock;
    }

    @Transactional
    WorkshopView schedule(String title, String place, LocalDate date) {
        TenantScope tenant = TenantContext.require();
        boolean sharedByDefault = tenants.get(tenant.id()).sharesNationally();
        return workshops
                .save(Workshop.schedule(tenant, title, place, date, sharedByDefault, clock))
                .view();
    }

    @Transactional(readOnly = true)
    List<WorkshopView> all() {
        TenantContext.require();
        return workshops.findAllByOrderByDateAscTitleAsc().stream()
                .map(Workshop::view)
                .toList();
    }

    @Transactional(readOnly = true)
    WorkshopView get(UUID id) {
        TenantContext.require();
        return workshops
                .findById(id)
                .map(Workshop::view)
                .orElseThrow(() -> new NotFoundException("workshop.not-found"));
    }
}
