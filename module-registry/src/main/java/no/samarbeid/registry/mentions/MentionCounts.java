package no.samarbeid.registry.mentions;

import java.util.ArrayList;
import java.util.List;
import no.samarbeid.registry.entries.EntryService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many municipalities and workshops mention an entry (confirmed links, the entries merged into it included) and
 * in which counties: counts only, only of what the municipality and the workshop share.
 */
@Service
public class MentionCounts {

    /** The public sees counts only from this many municipalities, never one municipality's preferred supplier. */
    public static final int PUBLIC_MINIMUM = 3;

    private final JdbcClient jdbc;
    private final EntryService entries;

    MentionCounts(JdbcClient jdbc, EntryService entries) {
        this.jdbc = jdbc;
        this.entries = entries;
    }

    /** The counts of an entry. */
    public record Counts(long municipalities, long workshops, List<String> counties) {}

    @Transactional(readOnly = true)
    public Counts of(String organisationNumber) {
        List<String> numbers = new ArrayList<>(entries.mergedInto(organisationNumber));
        numbers.add(organisationNumber);
        return jdbc.sql("""
                        select count(distinct t.tenant_id), count(distinct t.workshop_id),
                               coalesce(array_agg(distinct substr(t.municipality_number, 1, 2))
                                   filter (where t.municipality_number is not null), '{}')
                        from registry.mention_tally t
                        join registry.tenant_sharing ts on ts.tenant_id = t.tenant_id and ts.shares
                        join registry.workshop_sharing ws on ws.workshop_id = t.workshop_id and ws.shared
                        where t.organisation_number = any(?)""")
                .param(numbers.toArray(String[]::new))
                .query((rs, row) -> new Counts(rs.getLong(1), rs.getLong(2), List.of((String[])
                        rs.getArray(3).getArray())))
                .single();
    }
}
