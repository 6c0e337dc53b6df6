package no.samarbeid.workshops.sheets.effects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Set;
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

/** The measuring sheet (8) of a table. */
@RestController
@RequestMapping("/api/workshops/{id}/tables/{tableId}/measures")
class MeasureApi {

    private final MeasureService measures;

    MeasureApi(MeasureService measures) {
        this.measures = measures;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<MeasureView> propose(
            @PathVariable UUID id, @PathVariable UUID tableId, @Valid @RequestBody MeasureRequest request) {
        MeasureView measure = measures.propose(id, tableId, request.details());
        return ResponseEntity.created(
                        URI.create("/api/workshops/" + id + "/tables/" + tableId + "/measures/" + measure.id()))
                .body(measure);
    }

    @GetMapping
    List<MeasureView> all(@PathVariable UUID id, @PathVariable UUID tableId) {
        return measures.all(id, tableId);
    }

    @PutMapping("/{measureId}")
    MeasureView revise(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @PathVariable UUID measureId,
            @Valid @RequestBody MeasureRequest request) {
        return measures.revise(id, tableId, measureId, request.details());
    }

    record MeasureRequest(
            @NotBlank @Size(max = MeasureDetails.MAX_WHAT) String what,
            @Nullable @Size(max = MeasureDetails.MAX_HOW) String how,

            @Nullable @Size(max = MeasureDetails.MAX_EFFECTS)
            Set<@NotNull UUID> effectIds,

            @Nullable UUID sketchId) {

        MeasureDetails details() {
            return new MeasureDetails(what, how == null ? "" : how, effectIds == null ? Set.of() : effectIds, sketchId);
        }
    }
}
