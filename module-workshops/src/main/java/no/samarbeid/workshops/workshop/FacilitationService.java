package no.samarbeid.workshops.workshop;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samarbeid.core.web.InvalidFieldException;
import no.samarbeid.core.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the facilitator does during a workshop: tables, sheets, phases, countdowns and seating. */
@Service
public class FacilitationService {

    public static final int RECOMMENDED_MIN = 4;
    public static final int RECOMMENDED_MAX = 8;
    /** A phase's countdown, in minutes, for the API and the console alike. */
    public static final int MAX_PHASE_MINUTES = 180;
    /** Minutes a running countdown may be extended by at once. */
    public static final int MAX_EXTRA_MINUTES = 60;

    private final WorkshopService workshops;
    private final WorkshopAccess access;
    private final Participants participants;
    private final Clock clock;

    FacilitationService(WorkshopService workshops, WorkshopAccess access, Participants participants, Clock clock) {
        this.workshops = workshops;
        this.access = access;
        this.participants = participants;
        this.clock = clock;
    }

    @Transactional
    public WorkshopView addTable(UUID workshopId, String name) {
        return workshops.change(workshopId, workshop -> workshop.addTable(name));
    }

    @Transactional
    public WorkshopView openSheet(UUID workshopId, String sheetKey, @Nullable UUID tableId) {
        return workshops.change(workshopId, workshop -> workshop.openSheet(sheetKey, tableId, clock));
    }

    @Transactional
    public WorkshopView changePhase(UUID workshopId, Phase phase, @Nullable Integer minutes, @Nullable UUID tableId) {
        Duration countdown = minutes(minutes, MAX_PHASE_MINUTES, "workshop.phase-minutes");
        return workshops.change(workshopId, workshop -> workshop.changePhase(phase, countdown, tableId, clock));
    }

    /** Moves every table to the room's next step (see {@link RunStep}) and tells which step that is. */
    @Transactional
    public RunStep advance(UUID workshopId) {
        RunStep[] step = new RunStep[1];
        workshops.change(workshopId, workshop -> step[0] = workshop.advance(clock));
        return step[0];
    }

    @Transactional
    public WorkshopView changeTimer(
            UUID workshopId, TimerAction action, @Nullable Integer minutes, @Nullable UUID tableId) {
        Duration extra = minutes(minutes, MAX_EXTRA_MINUTES, "workshop.timer-minutes");
        return workshops.change(workshopId, workshop -> workshop.changeTimer(action, extra, tableId, clock));
    }

    private static @Nullable Duration minutes(@Nullable Integer minutes, int max, String code) {
        if (minutes == null) {
            return null;
        }
        if (minutes < 1 || minutes > max) {
            throw new InvalidFieldException("minutes", code, 1, max);
        }
        return Duration.ofMinutes(minutes);
    }

    /** Seats a participant at another table. */
    @Transactional
    public ParticipantView seat(UUID workshopId, UUID participantId, UUID tableId) {
        Workshop workshop = access.managed(workshopId, Actor.current());
        workshop.requireNotFinished();
        Participant participant = participants
                .findById(participantId)
                .filter(p -> p.workshopId().equals(workshopId))
                .orElseThrow(() -> new NotFoundException("participant.not-found"));
        participant.seatAt(workshop, tableId);
        return participants.save(participant).view();
    }

    /** Who is at which table, with a warning for tables outside the recommended 4-8 people. */
    @Transactional(readOnly = true)
    public Seating seating(UUID workshopId) {
        Workshop workshop = access.managed(workshopId, Actor.current());
        List<ParticipantView> people = participants.findByWorkshopIdOrderByJoinedAt(workshopId).stream()
                .map(Participant::view)
                .toList();
        Map<UUID, Long> counts = people.stream()
                .filter(p -> p.tableId() != null)
                .collect(Collectors.groupingBy(ParticipantView::tableId, Collectors.counting()));
        List<String> warnings = workshop.tables().stream()
                .filter(t -> counts.getOrDefault(t.id(), 0L) < RECOMMENDED_MIN
                        || counts.getOrDefault(t.id(), 0L) > RECOMMENDED_MAX)
                .map(t -> t.name() + ": " + counts.getOrDefault(t.id(), 0L))
                .toList();
        return new Seating(people, warnings);
    }

    /** The people of a workshop and the tables whose size is outside 4-8 (a warning, not a rule). */
    public record Seating(List<ParticipantView> participants, List<String> tablesOutsideFourToEight) {}
}
