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

/** The effects sheet (7) of a table. */
@RestController
@RequestMapping("/api/workshops/{id}/tables/{tableId}/effects")
class EffectApi {

    private final EffectService effects;

    EffectApi(EffectService effects) {
        this.effects = effects;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<EffectView> identify(
            @PathVariable UUID id, @PathVariable UUID tableId, @Valid @RequestBody EffectRequest request) {
        EffectView effect = effects.identify(id, tableId, request.details());
        return ResponseEntity.created(
                        URI.create("/api/workshops/" + id + "/tables/" + tableId + "/effects/" + effect.id()))
                .body(effect);
    }

    @GetMapping
    List<EffectView> all(@PathVariable UUID id, @PathVariable UUID tableId) {
        return effects.all(id, tableId);
    }

    @PutMapping("/{effectId}")
    EffectView revise(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @PathVariable UUID effectId,
            @Valid @RequestBody EffectRequest request) {
        return effects.revise(id, tableId, effectId, request.details());
    }

    record EffectRequest(
            @NotNull EffectStakeholder stakeholder,
            @NotBlank @Size(max = EffectDetails.MAX_TEXT) String text,
            @Nullable Set<@NotNull EffectBenefit> benefits,
            @Nullable UUID sketchId) {

        EffectDetails details() {
            return new EffectDetails(stakeholder, text, benefits == null ? Set.of() : benefits, sketchId);
        }
    }
}
