package no.samarbeid.workshops.facilitation;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import no.samarbeid.workshops.workshop.FacilitationService;
import no.samarbeid.workshops.workshop.ParticipantView;
import no.samarbeid.workshops.workshop.Phase;
import no.samarbeid.workshops.workshop.TimerAction;
import no.samarbeid.workshops.workshop.WorkshopView;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The facilitator's API: tables and seating, sheets, phases and countdowns, for one table or all of them. */
@SecurityRequirement(name = "bearer")
@RestController
@RequestMapping("/api/workshops/{id}")
class FacilitationApi {

    private final FacilitationService facilitation;

    FacilitationApi(FacilitationService facilitation) {
        this.facilitation = facilitation;
    }

    @PostMapping("/tables")
    WorkshopView addTable(@PathVariable UUID id, @Valid @RequestBody TableRequest request) {
        return facilitation.addTable(id, request.name());
    }

    @GetMapping("/participants")
    FacilitationService.Seating seating(@PathVariable UUID id) {
        return facilitation.seating(id);
    }

    @PutMapping("/participants/{participantId}/table")
    ParticipantView seat(
            @PathVariable UUID id, @PathVariable UUID participantId, @Valid @RequestBody SeatRequest request) {
        return facilitation.seat(id, participantId, request.tableId());
    }

    @PostMapping("/facilitation/sheet")
    WorkshopView openSheet(@PathVariable UUID id, @Valid @RequestBody OpenSheetRequest request) {
        return facilitation.openSheet(id, request.sheetKey(), request.tableId());
    }

    @PostMapping("/facilitation/phase")
    WorkshopView phase(@PathVariable UUID id, @Valid @RequestBody PhaseRequest request) {
        return facilitation.changePhase(id, request.phase(), request.minutes(), request.tableId());
    }

    @PostMapping("/facilitation/timer")
    WorkshopView timer(@PathVariable UUID id, @Valid @RequestBody TimerRequest request) {
        return facilitation.changeTimer(id, request.action(), request.minutes(), request.tableId());
    }

    record TableRequest(@NotBlank @Size(max = 60) String name) {}

    record SeatRequest(@NotNull UUID tableId) {}

    record OpenSheetRequest(
            @NotBlank @Size(max = 80) String sheetKey,
            @Nullable UUID tableId) {}

    record PhaseRequest(
            @NotNull Phase phase,

            @Nullable @Min(1) @Max(FacilitationService.MAX_PHASE_MINUTES)
            Integer minutes,

            @Nullable UUID tableId) {}

    record TimerRequest(
            @NotNull TimerAction action,

            @Nullable @Min(1) @Max(FacilitationService.MAX_EXTRA_MINUTES)
            Integer minutes,

            @Nullable UUID tableId) {}
}
