package no.samarbeid.workshops.workshop;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The JSON API of a municipality's workshops: creation, configuration and lifecycle. */
@RestController
@RequestMapping("/api/workshops")
class WorkshopApi {

    private final WorkshopService workshops;
    private final ProjectorLinks projectorLinks;

    WorkshopApi(WorkshopService workshops, ProjectorLinks projectorLinks) {
        this.workshops = workshops;
        this.projectorLinks = projectorLinks;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<WorkshopView> create(@Valid @RequestBody CreateRequest request) {
        WorkshopView workshop = workshops.create(
                request.title(), request.place() == null ? "" : request.place(), request.date(), request.template());
        return ResponseEntity.created(URI.create("/api/workshops/" + workshop.id()))
                .body(workshop);
    }

    @GetMapping
    List<WorkshopView> all() {
        return workshops.visibleToMe();
    }

    /** Also for the municipality's facilitators who do not manage it: what the list shows, read-only. */
    @GetMapping("/{id}")
    WorkshopView get(@PathVariable UUID id) {
        return workshops.summary(id);
    }

    @GetMapping("/{id}/join-code")
    @SecurityRequirement(name = "bearer")
    Map<String, String> joinCode(@PathVariable UUID id) {
        return Map.of("joinCode", workshops.joinCode(id));
    }

    /** The signed link that shows the workshop on a projector without a login, until the workshop ends. */
    @GetMapping("/{id}/projector-link")
    @SecurityRequirement(name = "bearer")
    Map<String, String> projectorLink(@PathVariable UUID id) {
        return Map.of(
                "projectorLink",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path(ProjectorLinks.PATH + projectorLinks.issue(id))
                        .toUriString());
    }

    @PostMapping("/{id}/schedule")
    @SecurityRequirement(name = "bearer")
    WorkshopView schedule(@PathVariable UUID id, @Valid @RequestBody ScheduleRequest request) {
        return workshops.schedule(id, request.date());
    }

    @PostMapping("/{id}/start")
    @SecurityRequirement(name = "bearer")
    WorkshopView start(@PathVariable UUID id) {
        return workshops.start(id);
    }

    @PostMapping("/{id}/complete")
    @SecurityRequirement(name = "bearer")
    WorkshopView complete(@PathVariable UUID id) {
        return workshops.complete(id);
    }

    @PostMapping("/{id}/archive")
    @SecurityRequirement(name = "bearer")
    WorkshopView archive(@PathVariable UUID id) {
        return workshops.archive(id);
    }

    @PutMapping("/{id}/settings")
    @SecurityRequirement(name = "bearer")
    WorkshopView configure(@PathVariable UUID id, @Valid @RequestBody SettingsRequest request) {
        return workshops.configure(id, request.showNames(), request.dotsPerPerson());
    }

    @PutMapping("/{id}/sharing")
    @SecurityRequirement(name = "bearer")
    WorkshopView sharing(@PathVariable UUID id, @Valid @RequestBody SharingRequest request) {
        return workshops.changeSharing(id, request.shared());
    }

    @PostMapping("/{id}/invitations")
    @SecurityRequirement(name = "bearer")
    WorkshopView invite(@PathVariable UUID id, @Valid @RequestBody InvitationRequest request) {
        return workshops.invite(id, request.username());
    }

    /** A facilitator listed on the workshop, or an admin, lists a co-facilitator (by username). */
    @PostMapping("/{id}/facilitators")
    WorkshopView addFacilitator(@PathVariable UUID id, @Valid @RequestBody FacilitatorRequest request) {
        return workshops.addFacilitator(id, request.username().trim());
    }

    record CreateRequest(
            @NotBlank @Size(max = Workshop.MAX_TITLE) String title,
            @Nullable @Size(max = Workshop.MAX_PLACE) String place,
            @Nullable LocalDate date,
            @Nullable @Size(max = 200) String template) {}

    record ScheduleRequest(@NotNull LocalDate date) {}

    record SettingsRequest(
            @NotNull Boolean showNames,
            @NotNull @Min(1) @Max(20) Integer dotsPerPerson) {}

    record SharingRequest(@NotNull Boolean shared) {}

    record InvitationRequest(@NotBlank @Size(max = 255) String username) {}

    record FacilitatorRequest(@NotBlank @Size(max = 255) String username) {}
}
