package no.samarbeid.registry.mentions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The registry's view of what municipalities and workshops share nationally, latest by time. */
@Repository
class Sharing {

    private final JdbcClient jdbc;

    Sharing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void tenant(UUID tenantId, boolean shares, Instant at) {
        jdbc.sql("""
                        insert into registry.tenant_sharing (tenant_id, shares, occurred_at) values (?, ?, ?)
                        on conflict (tenant_id) do update set shares = excluded.shares, occurred_at = excluded.occurred_at
                        where registry.tenant_sharing.occurred_at < excluded.occurred_at""").params(tenantId, shares, Timestamp.from(at)).update();
    }

    void workshop(UUID workshopId, boolean shared, Instant at) {
        jdbc.sql("""
                        insert into registry.workshop_sharing (workshop_id, shared, occurred_at) values (?, ?, ?)
                        on conflict (workshop_id) do update set shared = excluded.shared, occurred_at = excluded.occurred_at
                        where registry.workshop_sharing.occurred_at < excluded.occurred_at""").params(workshopId, shared, Timestamp.from(at)).update();
    }
}
