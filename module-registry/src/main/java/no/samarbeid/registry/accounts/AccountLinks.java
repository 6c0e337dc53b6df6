package no.samarbeid.registry.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The links of users to entries ({@code registry.entrepreneur_account}), one per user, with the entry's name. */
@Repository
class AccountLinks {

    private static final String SELECT = "select a.id, a.username, a.email, a.organisation_number, e.name, a.approved,"
            + " a.requested_at, a.decided_by from registry.entrepreneur_account a"
            + " join registry.entry e on e.organisation_number = a.organisation_number";

    private final JdbcClient jdbc;

    AccountLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(
            UUID id,
            String username,
            @Nullable String email,
            String organisationNumber,
            boolean approved,
            Instant now,
            @Nullable String decidedBy) {
        jdbc.sql("insert into registry.entrepreneur_account"
                        + " (id, username, email, organisation_number, approved, requested_at, decided_by, decided_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        username,
                        email,
                        organisationNumber,
                        approved,
                        Timestamp.from(now),
                        decidedBy,
                        decidedBy == null ? null : Timestamp.from(now))
                .update();
    }

    Optional<AccountLink> ofUser(String username) {
        return jdbc.sql(SELECT + " where a.username = ?")
                .param(username)
                .query(AccountLinks::link)
                .optional();
    }

    /** The link, locked for a decision. */
    Optional<AccountLink> forDecision(UUID id) {
        return jdbc.sql(SELECT + " where a.id = ? for update of a")
                .param(id)
                .query(AccountLinks::link)
                .optional();
    }

    List<AccountLink> pending() {
        return jdbc.sql(SELECT + " where not a.approved order by a.requested_at limit 200")
                .query(AccountLinks::link)
                .list();
    }

    List<AccountLink> ofEntry(String organisationNumber) {
        return jdbc.sql(SELECT + " where a.organisation_number = ? and a.approved order by a.username")
                .param(organisationNumber)
                .query(AccountLinks::link)
                .list();
    }

    void approve(UUID id, String by, Instant now) {
        jdbc.sql(
                        "update registry.entrepreneur_account set approved = true, decided_by = ?, decided_at = ? where id = ?")
                .params(by, Timestamp.from(now), id)
                .update();
    }

    void remove(UUID id) {
        jdbc.sql("delete from registry.entrepreneur_account where id = ?")
                .param(id)
                .update();
    }

    private static AccountLink link(ResultSet row, int index) throws SQLException {
        return new AccountLink(
                row.getObject("id", UUID.class),
                row.getString("username"),
                row.getString("email"),
                row.getString("organisation_number"),
                row.getString("name"),
                row.getBoolean("approved") ? "APPROVED" : "PENDING",
                row.getTimestamp("requested_at").toInstant(),
                row.getString("decided_by"));
    }
}
