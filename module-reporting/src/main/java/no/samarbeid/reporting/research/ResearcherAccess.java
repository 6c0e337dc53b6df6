package no.samarbeid.reporting.research;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.samarbeid.core.web.AccessRefusedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Researchers' access: a platform admin records each researcher's project, purpose and end date (a new record
 * replaces the previous one); after the end date (Norwegian time) every request is refused.
 */
@Component
class ResearcherAccess {

    static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    ResearcherAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An access record. */
    record Grant(String username, String project, String purpose, LocalDate endsOn, String recordedBy, Instant at) {}

    Grant record(String username, String project, String purpose, LocalDate endsOn, String recordedBy) {
        var grant = new Grant(username, project, purpose, endsOn, recordedBy, Instant.now(clock));
        jdbc.sql("insert into reporting.researcher_access (id, username, project, purpose, ends_on, recorded_by,"
                        + " recorded_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        username,
                        project,
                        purpose,
                        endsOn,
                        recordedBy,
                        java.sql.Timestamp.from(grant.at()))
                .update();
        return grant;
    }

    List<Grant> all() {
        return jdbc.sql("select distinct on (username) * from reporting.researcher_access"
                        + " order by username, recorded_at desc")
                .query((rs, row) -> new Grant(
                        rs.getString("username"),
                        rs.getString("project"),
                        rs.getString("purpose"),
                        rs.getObject("ends_on", LocalDate.class),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    /** The researcher's current grant, or a 403 problem when there is none or it has ended. */
    Grant require(String username) {
        Optional<Grant> grant =
                all().stream().filter(g -> g.username().equals(username)).findFirst();
        if (grant.isEmpty() || grant.get().endsOn().isBefore(LocalDate.now(clock.withZone(NORWAY)))) {
            throw new AccessRefusedException("research-access");
        }
        return grant.get();
    }
}
