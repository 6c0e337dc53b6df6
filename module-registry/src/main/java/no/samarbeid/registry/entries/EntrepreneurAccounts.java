package no.samarbeid.registry.entries;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which Keycloak users (role ENTREPRENEUR) keep which entry's profile. */
@Repository
class EntrepreneurAccounts {

    private final JdbcClient jdbc;

    EntrepreneurAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the user is approved to keep the entry's profile. */
    boolean keeps(String username, String organisationNumber) {
        return jdbc.sql("select count(*) from registry.entrepreneur_account"
                                + " where username = ? and organisation_number = ? and approved")
                        .params(username, organisationNumber)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
