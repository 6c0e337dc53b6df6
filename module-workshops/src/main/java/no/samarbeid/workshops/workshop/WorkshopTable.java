package no.samarbeid.workshops.workshop;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import no.samarbeid.core.web.ConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A table (bord) of the workshop and where it is in the method: the open sheet, the phase and the phase's
 * countdown, which can be paused and extended.
 */
@Table(schema = "workshops", name = "workshop_table")
public class WorkshopTable {

    @Id
    private final UUID id;

    private final UUID tenantId;
    private final String name;
    private @Nullable String sheetKey;
    private @Nullable Phase phase;
    private @Nullable Instant phaseEndsAt;
    private @Nullable Integer pausedRemainingSeconds;

    @PersistenceCreator
    WorkshopTable(
            UUID id,
            UUID tenantId,
            String name,
            @Nullable String sheetKey,
            @Nullable Phase phase,
            @Nullable Instant phaseEndsAt,
            @Nullable Integer pausedRemainingSeconds) {
        this.id = id;
        this.tenantId = tenantId;
        this.name = name;
        this.sheetKey = sheetKey;
        this.phase = phase;
        this.phaseEndsAt = phaseEndsAt;
        this.pausedRemainingSeconds = pausedRemainingSeconds;
    }

    static WorkshopTable named(UUID tenantId, String name) {
        return new WorkshopTable(UUID.randomUUID(), tenantId, name, null, null, null, null);
    }

    void open(String sheet) {
        sheetKey = sheet;
        phase = Phase.READING;
        phaseEndsAt = null;
        pausedRemainingSeconds = null;
    }

    void moveTo(Phase next, @Nullable Duration countdown, Instant now) {
        if (phase == null || sheetKey == null) {
            throw new ConflictException("workshop.no-sheet-open", name);
        }
        if (next.compareTo(phase) <= 0) {
            throw new ConflictException("workshop.phase-backwards", phase, next);
        }
        phase = next;
        phaseEndsAt = countdown == null ? null : now.plus(countdown);
        pausedRemainingSeconds = null;
    }

    void pause(Instant now) {
        if (phaseEndsAt != null) {
            pausedRemainingSeconds =
                    (int) Math.max(0, Duration.between(now, phaseEndsAt).toSeconds());
            phaseEndsAt = null;
        }
    }

    void resume(Instant now) {
        if (pausedRemainingSeconds != null) {
            phaseEndsAt = now.plusSeconds(pausedRemainingSeconds);
            pausedRemainingSeconds = null;
        }
    }

    void extend(Duration extra, Instant now) {
        if (pausedRemainingSeconds != null) {
            pausedRemainingSeconds += (int) extra.toSeconds();
        } else {
            phaseEndsAt = (phaseEndsAt == null || phaseEndsAt.isBefore(now) ? now : phaseEndsAt).plus(extra);
        }
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    @Nullable
    public String sheetKey() {
        return sheetKey;
    }

    @Nullable
    Phase phase() {
        return phase;
    }

    TableView view() {
        return new TableView(
                id, name, sheetKey, phase == null ? null : phase.name(), phaseEndsAt, pausedRemainingSeconds);
    }
}
