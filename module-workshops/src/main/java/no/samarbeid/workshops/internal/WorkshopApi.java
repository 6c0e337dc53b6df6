package no.samarbeid.workshops.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API of a municipality's workshops. */
@RestController
@RequestMapping("/api/workshops")
class WorkshopApi {

    private final WorkshopService workshops;

    WorkshopApi(WorkshopService workshops) {
        this.workshops = workshops;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('FACILITATOR', 'MUNICIPAL_ADMIN')")
    ResponseEntity<WorkshopView> schedule(@Valid @RequestBody ScheduleRequest request) {
        WorkshopView workshop =
                workshops.schedule(request.title(), request.place() == null ? "" : request.place(), request.date());
        return ResponseEntity.created(URI.create("/api/workshops/" + workshop.id()))
                .body(workshop);
    }

    @GetMapping
    List<WorkshopView> all() {
        return workshops.all();
    }

    @GetMapping("/{id}")
    WorkshopView get(@PathVariable UUID id) {
        return workshops.get(id);
    }

    record ScheduleRequest(
            @NotBlank @Size(max = Workshop.MAX_TITLE) String title,
            @Nullable @Size(max = Workshop.MAX_PLACE) String place,
            @NotNull LocalDate date) {}
}
