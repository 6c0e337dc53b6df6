package no.samarbeid.workshops.workshop;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import no.samarbeid.core.tenancy.TenantContext;
import no.samarbeid.core.web.AccessRefusedException;
import no.samarbeid.core.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with a workshop: facilitators and admins of the municipality manage it; participants
 * with an account see it when invited; a guest sees only the workshop of their session. Anyone else gets 404, as
 * if it did not exist.
 */
@Component
public class WorkshopAccess {

    private final Workshops workshops;
    private final Participants participants;
    private final JdbcClient jdbc;

    WorkshopAccess(Workshops workshops, Participants participants, JdbcClient jdbc) {
        this.workshops = workshops;
        this.participants = participants;
        this.jdbc = jdbc;
    }

    /**
     * Waits for a change of the workshop that is being committed (a phase change, its completion) and holds off the
     * next one until this transaction ends, so that what is written now is seen by the reveal or completion after it.
     */
    public void holdChanges(UUID workshopId) {
        TenantContext.require();
        jdbc.sql("select id from workshops.workshop where id = ? for share")
                .param(workshopId)
                .query(UUID.class)
                .optional();
    }

    /** The workshop, if the actor may see it. */
    public Workshop visible(UUID workshopId, Actor actor) {
        TenantContext.require();
        Workshop workshop = workshops.findById(workshopId).orElseThrow(WorkshopAccess::notFound);
        boolean visible = actor.manages()
                || (actor.guest() && workshopId.equals(actor.guestWorkshop()))
                || (actor.username() != null && workshop.invited(actor.username()));
        if (!visible) {
            throw notFound();
        }
        return workshop;
    }

    /** The workshop, if the actor manages it (403 for participants who may see it, 404 for others). */
    public Workshop managed(UUID workshopId, Actor actor) {
        Workshop workshop = visible(workshopId, actor);
        if (!actor.manages()) {
            throw new AccessRefusedException("workshop.facilitators-only");
        }
        return workshop;
    }

    /** The actor's own participation in the workshop: 404 for a guest of another workshop, 403 if not joined. */
    public Participant participation(Workshop workshop, Actor actor) {
        return seat(workshop, actor)
                .orElseThrow(() -> actor.guest() ? notFound() : new AccessRefusedException("workshop.not-joined"));
    }

    /** The actor's participation in the workshop, if they joined it (by code as a guest, or with their account). */
    public Optional<Participant> seat(Workshop workshop, Actor actor) {
        if (actor.guest()) {
            return participants
                    .findById(actor.guestParticipant())
                    .filter(p -> p.workshopId().equals(workshop.id()));
        }
        return actor.username() == null
                ? Optional.empty()
                : participants.findByWorkshopIdAndUsername(workshop.id(), actor.username());
    }

    /** The table a participant sits at, if they are seated. */
    public Optional<UUID> tableOf(UUID participantId) {
        return participants.findById(participantId).map(Participant::tableId);
    }

    /** The display names of these participants, by id. */
    public Map<UUID, String> displayNames(Collection<UUID> participantIds) {
        return participantIds.isEmpty()
                ? Map.of()
                : participants.findAllById(participantIds).stream()
                        .collect(Collectors.toMap(Participant::id, Participant::displayName));
    }

    public static NotFoundException notFound() {
        return new NotFoundException("workshop.not-found");
    }
}
