package no.samarbeid.workshops.workshop;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Join codes: 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L), unguessable, unique. The lookup
 * table maps a code to its workshop and municipality before any tenant data is read; it holds no content.
 */
@Component
class JoinCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    JoinCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String generate() {
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Normalizes what a person typed: case and separators do not matter. */
    static String normalize(String typed) {
        return typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
    }

    void register(String code, UUID workshopId, UUID tenantId) {
        jdbc.sql("insert into workshops.join_code (code, workshop_id, tenant_id) values (?, ?, ?)")
                .params(code, workshopId, tenantId)
                .update();
    }

    void expire(UUID workshopId) {
        jdbc.sql("update workshops.join_code set expired = true where workshop_id = ?")
                .param(workshopId)
                .update();
    }

    Optional<Entry> find(String code) {
        return jdbc.sql("select workshop_id, tenant_id, expired from workshops.join_code where code = ?")
                .param(normalize(code))
                .query((rs, row) ->
                        new Entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getBoolean(3)))
                .optional();
    }

    record Entry(UUID workshopId, UUID tenantId, boolean expired) {}
}
