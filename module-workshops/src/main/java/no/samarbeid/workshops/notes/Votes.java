package no.samarbeid.workshops.notes;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dots participants put on notes, one row per note and voter. Kept apart from the note, so that voters at a
 * table never contend for the note's version.
 */
@Component
class Votes {

    /** Stands for "nobody" where a voter is asked for and the caller is a facilitator. */
    private static final UUID NOBODY = new UUID(0, 0);

    private final JdbcClient jdbc;

    Votes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serializes one voter's changes until the transaction ends, so two requests cannot both spend the last dot. */
    void lock(UUID participantId) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(?)) as locked")
                .param(participantId.getMostSignificantBits() ^ participantId.getLeastSignificantBits())
                .query(Integer.class)
                .single();
    }

    /** The dots the voter has on other notes of the same table and sheet. */
    int spentElsewhere(UUID participantId, Note note) {
        return jdbc.sql("select coalesce(sum(v.dots), 0) from workshops.note_vote v"
                        + " join workshops.note n on n.id = v.note_id"
                        + " where v.participant_id = ? and n.workshop_id = ? and n.table_id = ? and n.sheet_key = ?"
                        + " and n.id <> ?")
                .params(participantId, note.workshopId(), note.tableId(), note.sheetKey(), note.id())
                .query(Integer.class)
                .single();
    }

    /** Sets the voter's dots on the note (0 removes them). */
    void set(UUID tenantId, UUID noteId, UUID participantId, int dots) {
        if (dots == 0) {
            jdbc.sql("delete from workshops.note_vote where note_id = ? and participant_id = ?")
                    .params(noteId, participantId)
                    .update();
        } else {
            jdbc.sql("insert into workshops.note_vote (note_id, participant_id, tenant_id, dots) values (?, ?, ?, ?)"
                            + " on conflict (note_id, participant_id) do update set dots = excluded.dots")
                    .params(noteId, participantId, tenantId, dots)
                    .update();
        }
    }

    /** Gives every voter their dots on the note back (it was withdrawn or hidden). */
    void clear(UUID noteId) {
        jdbc.sql("delete from workshops.note_vote where note_id = ?")
                .param(noteId)
                .update();
    }

    /** The dots on each note of a table's sheet: the total and the voter's own. */
    Map<UUID, Tally> tallies(UUID workshopId, UUID tableId, String sheetKey, @Nullable UUID voter) {
        Map<UUID, Tally> tallies = new HashMap<>();
        jdbc.sql("select v.note_id, sum(v.dots), coalesce(sum(v.dots) filter (where v.participant_id = ?), 0)"
                        + " from workshops.note_vote v join workshops.note n on n.id = v.note_id"
                        + " where n.workshop_id = ? and n.table_id = ? and n.sheet_key = ? group by v.note_id")
                .params(voter == null ? NOBODY : voter, workshopId, tableId, sheetKey)
                .query(rs -> {
                    tallies.put(rs.getObject(1, UUID.class), new Tally(rs.getInt(2), rs.getInt(3)));
                });
        return tallies;
    }

    /** The dots on one note: the total and the voter's own. */
    Tally tally(UUID noteId, @Nullable UUID voter) {
        return jdbc.sql("select coalesce(sum(dots), 0), coalesce(sum(dots) filter (where participant_id = ?), 0)"
                        + " from workshops.note_vote where note_id = ?")
                .params(voter == null ? NOBODY : voter, noteId)
                .query((rs, row) -> new Tally(rs.getInt(1), rs.getInt(2)))
                .single();
    }

    /** A note's dots in total, and the caller's. */
    record Tally(int votes, int mine) {

        static final Tally NONE = new Tally(0, 0);
    }
}
