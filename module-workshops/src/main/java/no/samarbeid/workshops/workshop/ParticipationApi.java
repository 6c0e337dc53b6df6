package no.samarbeid.workshops.workshop;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import no.samarbeid.core.api.ApiProblems;
import no.samarbeid.core.security.GuestSessions;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Taking part: users with an account join an open workshop; guests join with its code (no account). */
@RestController
class ParticipationApi {

    private final ParticipationService participation;

    ParticipationApi(ParticipationService participation) {
        this.participation = participation;
    }

    @PostMapping("/api/workshops/{id}/participants")
    @SecurityRequirement(name = "bearer")
    ParticipantView join(@PathVariable UUID id, @Valid @RequestBody JoinRequest request) {
        return participation.joinWithAccount(id, request.displayName(), request.perspective(), request.tableId());
    }

    /** Also sets the session as an HttpOnly cookie for the pages and live streams. */
    @PostMapping("/api/guest/join")
    @ApiProblems({HttpStatus.NOT_FOUND, HttpStatus.GONE, HttpStatus.TOO_MANY_REQUESTS})
    ParticipationService.GuestJoined joinAsGuest(
            @Valid @RequestBody GuestJoinRequest request, HttpServletRequest http, HttpServletResponse response) {
        var joined = participation.joinAsGuest(
                http.getRemoteAddr(), request.code(), request.displayName(), request.perspective(), request.tableId());
        response.addHeader("Set-Cookie", GuestSessions.cookie(joined.sessionToken(), joined.expiresAt(), http));
        return joined;
    }

    record JoinRequest(
            @NotBlank @Size(max = Participant.MAX_NAME) String displayName,
            @NotNull Perspective perspective,
            @Nullable UUID tableId) {}

    record GuestJoinRequest(
            @NotBlank @Size(max = 40) String code,
            @NotBlank @Size(max = Participant.MAX_NAME) String displayName,
            @NotNull Perspective perspective,
            @Nullable UUID tableId) {}
}
