package no.samarbeid.workshops.workshop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import no.samarbeid.core.tenancy.TenantScope;
import no.samarbeid.core.web.ConflictException;
import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.core.web.NotFoundException;
import no.samarbeid.core.web.UserText;
import no.samarbeid.workshops.events.AgendaAdjusted;
import no.samarbeid.workshops.events.PhaseChanged;
import no.samarbeid.workshops.events.SheetOpened;
import no.samarbeid.workshops.events.TimerChanged;
import no.samarbeid.workshops.events.WorkshopCompleted;
import no.samarbeid.workshops.events.WorkshopScheduled;
import no.samarbeid.workshops.events.WorkshopSharingChanged;
import no.samarbeid.workshops.events.WorkshopStarted;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A workshop of one municipality: a facilitated session of the method with its pinned agenda, tables and the state
 * of each table. It only moves forward — draft, scheduled, running, completed, archived — and refuses work that its
 * state does not allow.
 */
@Table(schema = "workshops", name = "workshop")
public class Workshop extends AbstractAggregateRoot<Workshop> {

    static final int MAX_TITLE = 200;
    static final int MAX_PLACE = 200;
    static final int MAX_TABLES = 40;

    @Id
    private final UUID id;

    private final UUID tenantId;
    private final String title;
    private final String place;
    private @Nullable LocalDate date;
    private WorkshopStatus status;
    private boolean shared;
    private boolean anonymous;
    private int dotsPerPerson;
    private final String templateReference;
    private final String joinCode;
    private final Instant createdAt;
    private @Nullable Instant startedAt;
    private @Nullable Instant completedAt;

    @MappedCollection(idColumn = "workshop_id", keyColumn = "position")
    private final List<AgendaItem> agenda;

    @MappedCollection(idColumn = "workshop_id")
    private final Set<Facilitator> facilitators;

    @MappedCollection(idColumn = "workshop_id")
    private final Set<Invitation> invitations;

    @MappedCollection(idColumn = "workshop_id", keyColumn = "position")
    private final List<WorkshopTable> tables;

    @Version
    private int version;

    @PersistenceCreator
    Workshop(
            UUID id,
            UUID tenantId,
            String title,
            String place,
            @Nullable LocalDate date,
            WorkshopStatus status,
            boolean shared,
            boolean anonymous,
            int dotsPerPerson,
            String templateReference,
            String joinCode,
            Instant createdAt,
            @Nullable Instant startedAt,
            @Nullable Instant completedAt,
            List<AgendaItem> agenda,
            Set<Facilitator> facilitators,
            Set<Invitation> invitations,
            List<WorkshopTable> tables,
            int version) {
        this.id = id;
        this.tenantId = tenantId;
        this.title = title;
        this.place = place;
        this.date = date;
        this.status = status;
        this.shared = shared;
        this.anonymous = anonymous;
        this.dotsPerPerson = dotsPerPerson;
        this.templateReference = templateReference;
        this.joinCode = joinCode;
        this.createdAt = createdAt;
        this.startedAt = startedAt;
        this.completedAt = completedAt;
        this.agenda = new ArrayList<>(agenda);
        this.facilitators = new HashSet<>(facilitators);
        this.invitations = new HashSet<>(invitations);
        this.tables = new ArrayList<>(tables);
        this.version = version;
    }

    /**
     * A new workshop from a pinned template's agenda, facilitated by its creator; scheduled when it has a date, else
     * a draft. Its national visibility starts as the municipality's default.
     */
    static Workshop create(
            WorkshopPlan plan,
            TenantScope tenant,
            String facilitator,
            boolean sharedByDefault,
            String joinCode,
            Clock clock) {
        if (plan.date() != null && plan.date().isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("workshop.date-in-past", plan.date());
        }
        UUID tenantId = tenant.id().value();
        var workshop = new Workshop(
                UUID.randomUUID(),
                tenantId,
                plan.title(),
                plan.place(),
                null,
                WorkshopStatus.DRAFT,
                sharedByDefault,
                true,
                3,
                plan.templateReference(),
                joinCode,
                clock.instant(),
                null,
                null,
                plan.agenda().stream()
                        .map(a -> new AgendaItem(tenantId, a.sheetKey(), a.minutes(), false))
                        .toList(),
                Set.of(new Facilitator(tenantId, facilitator)),
                Set.of(),
                List.of(),
                0);
        if (plan.date() != null) {
            workshop.schedule(plan.date(), tenant, clock);
        }
        return workshop;
    }

    /** Gives a draft its date. */
    void schedule(LocalDate day, TenantScope tenant, Clock clock) {
        requireStatus(WorkshopStatus.DRAFT);
        if (day.isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("workshop.date-in-past", day);
        }
        date = day;
        status = WorkshopStatus.SCHEDULED;
        registerEvent(new WorkshopScheduled(
                UUID.randomUUID(),
                tenantId,
                tenant.municipalityNumber().value(),
                id,
                title,
                place,
                day,
                shared,
                clock.instant()));
    }

    WorkshopTable addTable(String name) {
        requireNotFinished();
        String clean = UserText.line(name);
        if (clean.isEmpty() || clean.length() > 60) {
            throw new InvalidInputException("workshop.table-name", 60);
        }
        if (tables.size() >= MAX_TABLES) {
            throw new ConflictException("workshop.too-many-tables", MAX_TABLES);
        }
        var table = WorkshopTable.named(tenantId, clean);
        tables.add(table);
        return table;
    }

    void start(Clock clock) {
        requireStatus(WorkshopStatus.SCHEDULED);
        if (tables.isEmpty()) {
            throw new ConflictException("workshop.no-tables");
        }
        status = WorkshopStatus.RUNNING;
        startedAt = clock.instant();
        registerEvent(new WorkshopStarted(UUID.randomUUID(), tenantId, id, shared, tables.size(), startedAt));
    }

    void complete(Clock clock) {
        requireStatus(WorkshopStatus.RUNNING);
        status = WorkshopStatus.COMPLETED;
        completedAt = clock.instant();
        registerEvent(new WorkshopCompleted(UUID.randomUUID(), tenantId, id, shared, completedAt));
    }

    void archive() {
        requireStatus(WorkshopStatus.COMPLETED);
        status = WorkshopStatus.ARCHIVED;
    }

    /** Opens a sheet of the agenda at one table, or at every table when {@code tableId} is null. */
    void openSheet(String sheetKey, @Nullable UUID tableId, Clock clock) {
        requireStatus(WorkshopStatus.RUNNING);
        if (agenda.stream().noneMatch(item -> item.sheetKey().equals(sheetKey))) {
            throw new InvalidInputException("workshop.sheet-not-in-agenda", sheetKey);
        }
        agenda.replaceAll(item -> item.sheetKey().equals(sheetKey) ? item.opening() : item);
        forTables(tableId, table -> {
            table.open(sheetKey);
            registerEvent(
                    new SheetOpened(UUID.randomUUID(), tenantId, id, shared, table.id(), sheetKey, clock.instant()));
        });
    }

    /**
     * Replaces the agenda with the wanted sheets and minutes, in order, until the workshop is completed; see
     * {@link AgendaChange} for the rules. Registers {@link AgendaAdjusted} when anything changed.
     */
    void adjustAgenda(List<AgendaView> wanted, Set<String> templateSheets, Clock clock) {
        requireNotFinished();
        List<AgendaItem> adjusted = AgendaChange.apply(tenantId, agenda, wanted, templateSheets, openedSheets());
        if (!adjusted.equals(agenda)) {
            agenda.clear();
            agenda.addAll(adjusted);
            registerEvent(new AgendaAdjusted(
                    UUID.randomUUID(),
                    tenantId,
                    id,
                    shared,
                    adjusted.stream().map(AgendaItem::sheetKey).toList(),
                    clock.instant()));
        }
    }

    /** The sheets opened at any table so far (also those open now, for agendas older than that record). */
    private Set<String> openedSheets() {
        Set<String> opened = new HashSet<>();
        agenda.stream().filter(AgendaItem::opened).forEach(item -> opened.add(item.sheetKey()));
        tables.stream().map(WorkshopTable::sheetKey).filter(Objects::nonNull).forEach(opened::add);
        return opened;
    }

    void changePhase(Phase phase, @Nullable Duration countdown, @Nullable UUID tableId, Clock clock) {
        requireStatus(WorkshopStatus.RUNNING);
        forTables(tableId, table -> {
            table.moveTo(phase, countdown, clock.instant());
            TableView view = table.view();
            registerEvent(new PhaseChanged(
                    UUID.randomUUID(),
                    tenantId,
                    id,
                    shared,
                    table.id(),
                    view.sheetKey(),
                    phase.name(),
                    view.phaseEndsAt(),
                    clock.instant()));
        });
    }

    /**
     * Moves every table to the room's next step ({@link RunStep}): the next phase of the sheet, with its countdown,
     * or the agenda's next sheet once the sheet is done; a table left behind catches up.
     */
    RunStep advance(Clock clock) {
        requireStatus(WorkshopStatus.RUNNING);
        if (tables.isEmpty()) {
            throw new ConflictException("workshop.no-tables");
        }
        List<String> keys = agenda.stream().map(AgendaItem::sheetKey).toList();
        List<TableView> views = tables.stream().map(WorkshopTable::view).toList();
        RunStep next = RunStep.next(keys, views).orElseThrow(() -> new ConflictException("workshop.agenda-finished"));
        int minutes = agenda.get(keys.indexOf(next.sheetKey())).minutes();
        for (WorkshopTable table : List.copyOf(tables)) {
            if (!next.sheetKey().equals(table.sheetKey())) {
                openSheet(next.sheetKey(), table.id(), clock);
            }
            Phase at = table.phase();
            if (next.phase() != Phase.READING && (at == null || at.compareTo(next.phase()) < 0)) {
                changePhase(next.phase(), next.countdown(minutes), table.id(), clock);
            }
        }
        return next;
    }

    /** Pauses, resumes or extends the countdown of one table or all tables. */
    void changeTimer(TimerAction action, @Nullable Duration extra, @Nullable UUID tableId, Clock clock) {
        requireStatus(WorkshopStatus.RUNNING);
        Instant now = clock.instant();
        forTables(tableId, table -> {
            switch (action) {
                case PAUSE -> table.pause(now);
                case RESUME -> table.resume(now);
                case EXTEND -> table.extend(extra == null ? Duration.ofMinutes(1) : extra, now);
            }
            TableView view = table.view();
            registerEvent(new TimerChanged(
                    UUID.randomUUID(),
                    tenantId,
                    id,
                    shared,
                    table.id(),
                    view.phaseEndsAt(),
                    view.pausedRemainingSeconds(),
                    now));
        });
    }

    /**
     * Whether the workshop may appear nationally: the municipality may change it at any time, also after completion,
     * since it withdraws (or gives) consent to share what the workshop holds.
     */
    void changeSharing(boolean shares, Clock clock) {
        if (shares != shared) {
            shared = shares;
            registerEvent(new WorkshopSharingChanged(UUID.randomUUID(), tenantId, id, shares, clock.instant()));
        }
    }

    void configure(boolean showNames, int dots) {
        requireNotFinished();
        if (dots < 1 || dots > 20) {
            throw new InvalidInputException("workshop.dots", 1, 20);
        }
        anonymous = !showNames;
        dotsPerPerson = dots;
    }

    void invite(String username) {
        requireNotFinished();
        invitations.add(new Invitation(tenantId, username));
    }

    void addFacilitator(String username) {
        requireNotFinished();
        facilitators.add(new Facilitator(tenantId, username));
    }

    boolean facilitatedBy(String username) {
        return facilitators.stream().anyMatch(f -> f.username().equals(username));
    }

    boolean invited(String username) {
        return invitations.stream().anyMatch(i -> i.username().equals(username));
    }

    boolean admitsParticipants() {
        return status == WorkshopStatus.SCHEDULED || status == WorkshopStatus.RUNNING;
    }

    public WorkshopTable table(UUID tableId) {
        return tables.stream()
                .filter(t -> t.id().equals(tableId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("workshop.table-not-found"));
    }

    /** The phase of the table for the sheet, if that sheet is the one open there. */
    @Nullable
    public Phase phaseAt(UUID tableId, String sheetKey) {
        WorkshopTable table = table(tableId);
        return sheetKey.equals(table.sheetKey()) ? table.phase() : null;
    }

    void requireNotFinished() {
        if (status == WorkshopStatus.COMPLETED || status == WorkshopStatus.ARCHIVED) {
            throw new ConflictException("workshop.finished");
        }
    }

    private void requireStatus(WorkshopStatus required) {
        if (status != required) {
            throw new ConflictException("workshop.wrong-status", status, required);
        }
    }

    private void forTables(@Nullable UUID tableId, Consumer<WorkshopTable> change) {
        if (tableId == null) {
            if (tables.isEmpty()) {
                throw new ConflictException("workshop.no-tables");
            }
            tables.forEach(change);
        } else {
            change.accept(table(tableId));
        }
    }

    /** The events registered and not yet published. */
    Collection<Object> registeredEvents() {
        return domainEvents();
    }

    public UUID id() {
        return id;
    }

    public UUID tenantId() {
        return tenantId;
    }

    String joinCode() {
        return joinCode;
    }

    public WorkshopStatus status() {
        return status;
    }

    public boolean shared() {
        return shared;
    }

    public boolean anonymous() {
        return anonymous;
    }

    public int dotsPerPerson() {
        return dotsPerPerson;
    }

    public List<WorkshopTable> tables() {
        return List.copyOf(tables);
    }

    WorkshopView view() {
        Set<String> opened = openedSheets();
        return new WorkshopView(
                id,
                title,
                place,
                date,
                status.name(),
                shared,
                !anonymous,
                dotsPerPerson,
                templateReference,
                agenda.stream()
                        .map(a -> new AgendaView(a.sheetKey(), a.minutes()))
                        .toList(),
                agenda.stream()
                        .map(AgendaItem::sheetKey)
                        .filter(opened::contains)
                        .toList(),
                tables.stream().map(WorkshopTable::view).toList(),
                facilitators.stream().map(Facilitator::username).sorted().toList(),
                createdAt,
                startedAt,
                completedAt);
    }
}
