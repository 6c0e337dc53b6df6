package no.samarbeid.workshops.workshop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import no.samarbeid.core.security.GuestSession;
import no.samarbeid.core.security.GuestSessions;
import no.samarbeid.core.tenancy.TenantContext;
import no.samarbeid.core.tenancy.TenantDirectory;
import no.samarbeid.core.tenancy.TenantScope;
import no.samarbeid.core.web.ConflictException;
import no.samarbeid.core.web.DomainException;
import no.samarbeid.core.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Joining a workshop: invited users with an account, and guests with the join code, who get a signed session
 * scoped to the workshop. Wrong codes are rate-limited per client.
 */
@Service
class ParticipationService {

    static final Duration GUEST_SESSION = Duration.ofHours(12);

    private final WorkshopAccess access;
    private final Workshops workshops;
    private final Participants participants;
    private final JoinCodes joinCodes;
    private final JoinAttempts attempts;
    private final GuestSessions sessions;
    private final TenantDirectory tenants;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ParticipationService(
            WorkshopAccess access,
            Workshops workshops,
            Participants participants,
            JoinCodes joinCodes,
            JoinAttempts attempts,
            GuestSessions sessions,
            TenantDirectory tenants,
            TransactionTemplate transaction,
            Clock clock) {
        this.access = access;
        this.workshops = workshops;
        this.participants = participants;
        this.joinCodes = joinCodes;
        this.attempts = attempts;
        this.sessions = sessions;
        this.tenants = tenants;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** An invited user (or a facilitator) takes part, seated at a table if given. */
    ParticipantView joinWithAccount(
            UUID workshopId, String displayName, Perspective perspective, @Nullable UUID tableId) {
        Actor actor = Actor.current();
        return transaction.execute(status -> {
            Workshop workshop = access.visible(workshopId, actor);
            requireOpen(workshop);
            return participants
                    .findByWorkshopIdAndUsername(workshopId, actor.username())
                    .orElseGet(() -> participants.save(Participant.join(
                            workshop, actor.username(), displayName, perspective, tableId, clock.instant())))
                    .view();
        });
    }

    /** A guest joins with the code; returns the guest's session token and participation. */
    GuestJoined joinAsGuest(
            String client, String code, String displayName, Perspective perspective, @Nullable UUID tableId) {
        attempts.requireAllowed(client);
        JoinCodes.Entry entry = joinCodes.find(code).orElseGet(() -> {
            attempts.failed(client);
            throw new NotFoundException("join.unknown-code");
        });
        if (entry.expired()) {
            throw new CodeExpiredException();
        }
        TenantScope tenant = tenants.get(new no.samarbeid.core.tenancy.TenantId(entry.tenantId()))
                .scope();
        return TenantContext.callAs(
                tenant,
                () -> transaction.execute(status -> {
                    Workshop workshop = workshops.findById(entry.workshopId()).orElseThrow(WorkshopAccess::notFound);
                    if (!workshop.admitsParticipants()) {
                        throw new CodeExpiredException();
                    }
                    Participant guest = participants.save(
                            Participant.join(workshop, null, displayName, perspective, tableId, clock.instant()));
                    Instant expires = clock.instant().plus(GUEST_SESSION);
                    String token = sessions.issue(new GuestSession(
                            tenant.id(), tenant.municipalityNumber(), workshop.id(), guest.id(), expires));
                    return new GuestJoined(token, expires, workshop.id(), guest.view());
                }));
    }

    private static void requireOpen(Workshop workshop) {
        if (!workshop.admitsParticipants()) {
            throw new ConflictException("workshop.closed");
        }
    }

    /** What a guest gets on joining. */
    record GuestJoined(String sessionToken, Instant expiresAt, UUID workshopId, ParticipantView participant) {}

    /** The workshop has completed: its code no longer admits anyone (410). */
    static final class CodeExpiredException extends DomainException {
        CodeExpiredException() {
            super(HttpStatus.GONE, "join.expired-code");
        }
    }
}
