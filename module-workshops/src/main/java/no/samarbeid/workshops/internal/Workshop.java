package no.samarbeid.workshops.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.samarbeid.core.tenancy.TenantScope;
import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.workshops.events.WorkshopScheduled;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/** A workshop of one municipality: a facilitated session of the method on a date at a place. */
@Table(schema = "workshops", name = "workshop")
class Workshop extends AbstractAggregateRoot<Workshop> {

    static final int MAX_TITLE = 200;
    static final int MAX_PLACE = 200;

    @Id
    private final UUID id;

    private final UUID tenantId;
    private final String title;
    private final String place;
    private final LocalDate date;
    private final WorkshopStatus status;
    private final boolean shared;
    private final Instant createdAt;

    @Version
    private int version;

    @PersistenceCreator
    Workshop(
            UUID id,
            UUID tenantId,
            String title,
            String place,
            LocalDate date,
            WorkshopStatus status,
            boolean shared,
            Instant createdAt,
            int version) {
        this.id = id;
        this.tenantId = tenantId;
        this.title = title;
        this.place = place;
        this.date = date;
        this.status = status;
        this.shared = shared;
        this.createdAt = createdAt;
        this.version = version;
    }

    /**
     * Schedules a workshop for the tenant; its national visibility starts as the municipality's default. Refuses a
     * blank or too long title or place and a date in the past.
     */
    static Workshop schedule(
            TenantScope tenant, String title, String place, LocalDate date, boolean sharedByDefault, Clock clock) {
        String cleanTitle = title.strip();
        String cleanPlace = place.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE) {
            throw new InvalidInputException("workshop.title", MAX_TITLE);
        }
        if (cleanPlace.length() > MAX_PLACE) {
            throw new InvalidInputException("workshop.place", MAX_PLACE);
        }
        if (date.isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("workshop.date-in-past", date);
        }
        Instant now = clock.instant();
        var workshop = new Workshop(
                UUID.randomUUID(),
                tenant.id().value(),
                cleanTitle,
                cleanPlace,
                date,
                WorkshopStatus.SCHEDULED,
                sharedByDefault,
                now,
                0);
        workshop.registerEvent(new WorkshopScheduled(
                UUID.randomUUID(),
                workshop.tenantId,
                tenant.municipalityNumber().value(),
                workshop.id,
                cleanTitle,
                cleanPlace,
                date,
                sharedByDefault,
                now));
        return workshop;
    }

    /** The events registered and not yet published. */
    java.util.Collection<Object> registeredEvents() {
        return domainEvents();
    }

    WorkshopView view() {
        return new WorkshopView(id, title, place, date, status.name(), shared, createdAt);
    }
}
