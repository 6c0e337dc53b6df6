package no.samarbeid.impact.collaborations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The municipality's collaborations: municipal admins and facilitators write, participants read. Refusals are
 * problem details; those about one field name it in {@code errors}.
 */
@RestController
@RequestMapping("/api/impact/collaborations")
@Tag(name = "Impact: collaborations", description = "Collaborations from the sketch to measured effects")
@SecurityRequirement(name = ApiDocs.BEARER)
class CollaborationApi {

    private final CollaborationService collaborations;

    CollaborationApi(CollaborationService collaborations) {
        this.collaborations = collaborations;
    }

    @GetMapping
    @Operation(summary = "The municipality's collaborations, newest first")
    @ApiResponse(responseCode = "200", description = "The collaborations")
    List<CollaborationSummary> all() {
        return collaborations.all();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a collaboration by hand, at idé")
    @ApiResponse(responseCode = "201", description = "Started")
    CollaborationView start(@Valid @RequestBody CollaborationRequests.Description request) {
        return collaborations.start(request.details());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A collaboration with its origin, history, effects, indicators and SROI estimate")
    @ApiResponse(responseCode = "200", description = "The collaboration")
    CollaborationView get(@PathVariable UUID id) {
        return collaborations.get(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revise a collaboration's title, theme, entrepreneur, form, responsible and description")
    @ApiResponse(responseCode = "200", description = "Revised")
    CollaborationView revise(@PathVariable UUID id, @Valid @RequestBody CollaborationRequests.Description request) {
        return collaborations.revise(id, request.details());
    }

    @GetMapping(
            value = "/{id}/cids",
            produces = {"application/ld+json", "application/json"})
    @Operation(summary = "The collaboration as JSON-LD in the Common Impact Data Standard's basic tier (CIDS 3.2.1)")
    @ApiResponse(
            responseCode = "200",
            description = "Organization, Theme, Outcome, Indicator and IndicatorReport nodes")
    Map<String, Object> cids(@PathVariable UUID id) {
        return collaborations.cids(id);
    }

    @PostMapping("/{id}/stage")
    @Operation(summary = "Move a collaboration to another stage (a reason backwards and to CLOSED)")
    @ApiResponse(responseCode = "200", description = "Moved")
    CollaborationView move(@PathVariable UUID id, @Valid @RequestBody CollaborationRequests.Move request) {
        return collaborations.move(id, request.stage(), Objects.requireNonNullElse(request.reason(), ""));
    }

    @PostMapping("/{id}/effects")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an effect for a stakeholder by hand")
    @ApiResponse(responseCode = "201", description = "Added")
    EffectView addEffect(@PathVariable UUID id, @Valid @RequestBody CollaborationRequests.NewEffect request) {
        return collaborations.addEffect(
                id,
                request.stakeholder(),
                request.text().strip(),
                Objects.requireNonNullElse(request.benefits(), List.<Benefit>of()));
    }

    @PutMapping("/{id}/effects/{effectId}/realisation")
    @Operation(summary = "Mark an effect realised, with its evidence")
    @ApiResponse(responseCode = "200", description = "Marked")
    EffectView realise(
            @PathVariable UUID id,
            @PathVariable UUID effectId,
            @Valid @RequestBody CollaborationRequests.Realisation request) {
        return collaborations.realise(
                id, effectId, request.realisedAt(), request.evidence().strip());
    }

    @PutMapping("/{id}/sroi")
    @Operation(summary = "Set the SROI estimate; answers its inputs beside the present value and ratio")
    @ApiResponse(responseCode = "200", description = "The estimate")
    SroiView estimate(@PathVariable UUID id, @Valid @RequestBody CollaborationRequests.Estimate request) {
        return collaborations.estimate(id, request.sroi());
    }

    @PostMapping("/{id}/indicators")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Define an indicator with unit, baseline, target and optional IRIS+ code")
    @ApiResponse(responseCode = "201", description = "Defined")
    IndicatorView define(@PathVariable UUID id, @Valid @RequestBody CollaborationRequests.DefineIndicator request) {
        return collaborations.defineIndicator(id, request.details());
    }

    @PutMapping("/{id}/indicators/{indicatorId}")
    @Operation(summary = "Revise an indicator (e.g. give one from sheet 8 its unit, baseline and target)")
    @ApiResponse(responseCode = "200", description = "Revised")
    IndicatorView revise(
            @PathVariable UUID id,
            @PathVariable UUID indicatorId,
            @Valid @RequestBody CollaborationRequests.DefineIndicator request) {
        return collaborations.reviseIndicator(id, indicatorId, request.details());
    }

    @PostMapping("/{id}/indicators/{indicatorId}/measurements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a measurement of an indicator over a period")
    @ApiResponse(responseCode = "201", description = "Recorded")
    MeasurementView record(
            @PathVariable UUID id,
            @PathVariable UUID indicatorId,
            @Valid @RequestBody CollaborationRequests.RecordMeasurement request) {
        return collaborations.record(id, indicatorId, request.details());
    }
}
