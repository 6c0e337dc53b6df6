package no.samarbeid.workshops.workshop;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.core.web.AccessRefusedException;
import no.samarbeid.core.web.ConflictException;
import no.samarbeid.workshops.events.ReadyMarked;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ready check (as Parabol's): a participant at a table says "Ferdig" with the phase the table is in, or takes it
 * back; the console counts the marks of each table's current sheet and phase, so a new phase starts at zero.
 */
@Service
public class ReadyCheck {

    private final WorkshopAccess access;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReadyCheck(WorkshopAccess access, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Marks the calling participant done with their table's current phase ({@code ready}), or not done. */
    @Transactional
    public void mark(UUID workshopId, UUID tableId, boolean ready) {
        Workshop workshop = access.visible(workshopId, Actor.current());
        workshop.requireNotFinished();
        Participant participant = access.participation(workshop, Actor.current());
        if (!tableId.equals(participant.tableId())) {
            throw new AccessRefusedException("note.not-at-table");
        }
        WorkshopTable table = workshop.table(tableId);
        Phase phase = table.phase();
        String sheet = table.sheetKey();
        if (phase == null || sheet == null) {
            throw new ConflictException("ready.phase");
        }
        int changed = ready
                ? jdbc.sql("insert into workshops.ready_mark (workshop_id, table_id, participant_id, sheet_key, phase,"
                                + " tenant_id, marked_at) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                        .params(
                                workshopId,
                                tableId,
                                participant.id(),
                                sheet,
                                phase.name(),
                                workshop.tenantId(),
                                Timestamp.from(clock.instant()))
                        .update()
                : jdbc.sql("delete from workshops.ready_mark where table_id = ? and sheet_key = ? and phase = ?"
                                + " and participant_id = ?")
                        .params(tableId, sheet, phase.name(), participant.id())
                        .update();
        if (changed > 0) {
            events.publishEvent(new ReadyMarked(
                    UUID.randomUUID(),
                    workshop.tenantId(),
                    workshopId,
                    workshop.shared(),
                    tableId,
                    sheet,
                    phase.name(),
                    ready,
                    clock.instant()));
        }
    }

    /** Whether the calling participant is marked done with their table's current phase. */
    @Transactional(readOnly = true)
    public boolean isReady(UUID workshopId, UUID tableId) {
        Workshop workshop = access.visible(workshopId, Actor.current());
        return access.seat(workshop, Actor.current())
                .map(participant -> count(workshop.table(tableId), participant.id()) > 0)
                .orElse(false);
    }

    /** How many at each table are done with the table's current phase (the facilitator's view). */
    @Transactional(readOnly = true)
    public Map<UUID, Integer> counts(UUID workshopId) {
        Workshop workshop = access.managed(workshopId, Actor.current());
        Map<UUID, Integer> counts = new HashMap<>();
        workshop.tables().forEach(table -> counts.put(table.id(), count(table, null)));
        return counts;
    }

    private int count(WorkshopTable table, @Nullable UUID participant) {
        Phase phase = table.phase();
        if (phase == null || table.sheetKey() == null) {
            return 0;
        }
        return jdbc.sql("select count(*) from workshops.ready_mark where table_id = ? and sheet_key = ? and phase = ?"
                        + " and (cast(? as uuid) is null or participant_id = ?)")
                .params(table.id(), table.sheetKey(), phase.name(), participant, participant)
                .query(Integer.class)
                .single();
    }
}
