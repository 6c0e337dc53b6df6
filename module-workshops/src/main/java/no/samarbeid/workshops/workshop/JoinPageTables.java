package no.samarbeid.workshops.workshop;

import java.util.List;
import no.samarbeid.core.tenancy.TenantContext;
import no.samarbeid.core.tenancy.TenantDirectory;
import no.samarbeid.core.tenancy.TenantId;
import no.samarbeid.core.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The tables a join code's workshop offers, so the join page can let a guest pick one. */
@Component
class JoinPageTables {

    private final JoinCodes codes;
    private final JoinAttempts attempts;
    private final Workshops workshops;
    private final TenantDirectory tenants;
    private final TransactionTemplate transaction;

    JoinPageTables(
            JoinCodes codes,
            JoinAttempts attempts,
            Workshops workshops,
            TenantDirectory tenants,
            TransactionTemplate transaction) {
        this.codes = codes;
        this.attempts = attempts;
        this.workshops = workshops;
        this.tenants = tenants;
        this.transaction = transaction;
    }

    /** Wrong codes count as failed attempts of the client, as on joining, so lookups cannot guess codes. */
    List<TableView> of(String client, String code) {
        attempts.requireAllowed(client);
        var entry = codes.find(code.trim());
        if (entry.isEmpty()) {
            attempts.failed(client);
            throw new NotFoundException("join.unknown-code");
        }
        if (entry.get().expired()) {
            throw new ParticipationService.CodeExpiredException();
        }
        var found = entry.get();
        return TenantContext.callAs(
                tenants.get(new TenantId(found.tenantId())).scope(),
                () -> transaction.execute(status -> workshops
                        .findById(found.workshopId())
                        .map(workshop -> workshop.view().tables())
                        .orElse(List.of())));
    }
}
