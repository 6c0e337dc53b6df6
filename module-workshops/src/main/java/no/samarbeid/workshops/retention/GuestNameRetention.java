package no.samarbeid.workshops.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import no.samarbeid.core.tenancy.TenantContext;
import no.samarbeid.core.tenancy.TenantDirectory;
import no.samarbeid.core.tenancy.TenantSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pseudonymises guests' display names ({@code samarbeid.retention.guest-names-after} after their workshop's
 * completion, 30 days unless set): the name becomes "Gjest" and the start of the guest's opaque per-workshop
 * pseudonym, so the report still tells the guests apart but no longer names them. Account users (municipal staff)
 * keep their names. Runs every {@code samarbeid.retention.check-every} (an hour unless set), one transaction per
 * municipality (row-level security applies), and changes nothing twice.
 */
@Component
class GuestNameRetention {

    private static final Logger LOG = LoggerFactory.getLogger(GuestNameRetention.class);
    static final String PREFIX = "Gjest ";

    private final TenantDirectory tenants;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration keepFor;

    GuestNameRetention(
            TenantDirectory tenants,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            Clock clock,
            @Value("${samarbeid.retention.guest-names-after:P30D}") Duration keepFor) {
        this.tenants = tenants;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
        this.keepFor = keepFor;
    }

    @Scheduled(
            initialDelayString = "${samarbeid.retention.check-every:PT1H}",
            fixedDelayString = "${samarbeid.retention.check-every:PT1H}")
    void pseudonymiseDue() {
        int changed =
                pseudonymiseGuestsOfWorkshopsCompletedBefore(clock.instant().minus(keepFor));
        if (changed > 0) {
            LOG.info("Pseudonymised {} guests' display names of workshops completed over {} ago", changed, keepFor);
        }
    }

    /** Pseudonymises the guests of every municipality's workshops completed before the cutoff; returns how many. */
    int pseudonymiseGuestsOfWorkshopsCompletedBefore(Instant cutoff) {
        int changed = 0;
        for (TenantSummary tenant : tenants.all()) {
            Integer inTenant =
                    TenantContext.callAs(tenant.scope(), () -> transactions.execute(status -> pseudonymise(cutoff)));
            changed += inTenant == null ? 0 : inTenant;
        }
        return changed;
    }

    private int pseudonymise(Instant cutoff) {
        return jdbc.sql("update workshops.participant p"
                        + " set display_name = ? || left(p.pseudonym, 6), version = p.version + 1"
                        + " from workshops.workshop w"
                        + " where w.id = p.workshop_id and p.kind = 'GUEST'"
                        + " and w.completed_at is not null and w.completed_at < ?"
                        + " and p.display_name <> ? || left(p.pseudonym, 6)")
                .params(PREFIX, Timestamp.from(cutoff), PREFIX)
                .update();
    }
}
