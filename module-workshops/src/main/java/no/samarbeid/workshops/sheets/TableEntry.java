package no.samarbeid.workshops.sheets;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * An entry a table writes on a structured sheet (a partner, sketch, effect, measure, myth verdict or next step): its
 * identity, the table it belongs to, when it was written, and the events it registers until it is saved.
 */
public abstract class TableEntry<E extends TableEntry<E>> extends SheetAggregate<E> {

    @Id
    private final UUID id;

    private final UUID tenantId;
    private final UUID workshopId;
    private final UUID tableId;
    private final Instant createdAt;

    @Version
    private int version;

    /** An entry as stored. */
    protected TableEntry(UUID id, UUID tenantId, UUID workshopId, UUID tableId, Instant createdAt, int version) {
        this.id = id;
        this.tenantId = tenantId;
        this.workshopId = workshopId;
        this.tableId = tableId;
        this.createdAt = createdAt;
        this.version = version;
    }

    /** A new entry at the scope's table. */
    protected TableEntry(SheetScope scope, Instant now) {
        this(UUID.randomUUID(), scope.tenantId(), scope.workshopId(), scope.tableId(), now, 0);
    }

    public UUID id() {
        return id;
    }

    /** Whether the entry was written at the scope's table. */
    public boolean belongsTo(SheetScope scope) {
        return workshopId.equals(scope.workshopId()) && tableId.equals(scope.tableId());
    }

    protected UUID tenantId() {
        return tenantId;
    }

    protected UUID workshopId() {
        return workshopId;
    }

    protected UUID tableId() {
        return tableId;
    }

    protected Instant createdAt() {
        return createdAt;
    }
}
