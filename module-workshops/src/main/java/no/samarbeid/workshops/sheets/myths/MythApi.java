package no.samarbeid.workshops.sheets.myths;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
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

/**
 * The myths sheet (9): the workshop's myths with the procurement rules in force, and per table whether each myth
 * lives there and what would bust it, plus other myths the table names.
 */
@RestController
@RequestMapping("/api/workshops/{id}")
class MythApi {

    private final MythService myths;

    MythApi(MythService myths) {
        this.myths = myths;
    }

    @GetMapping("/myths")
    MythCatalogView catalog(@PathVariable UUID id) {
        return myths.catalog(id);
    }

    @GetMapping("/tables/{tableId}/myths")
    MythSheetView sheet(@PathVariable UUID id, @PathVariable UUID tableId) {
        return myths.sheet(id, tableId);
    }

    @PutMapping("/tables/{tableId}/myths/{mythKey}")
    MythAssessmentView assess(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @PathVariable String mythKey,
            @Valid @RequestBody VerdictRequest request) {
        return myths.assess(id, tableId, mythKey, request.verdict());
    }

    @PostMapping("/tables/{tableId}/myths")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<MythAssessmentView> nameOther(
            @PathVariable UUID id, @PathVariable UUID tableId, @Valid @RequestBody OtherMythRequest request) {
        MythAssessmentView other = myths.nameOther(id, tableId, request.text(), request.verdict());
        return ResponseEntity.created(
                        URI.create("/api/workshops/" + id + "/tables/" + tableId + "/myths/other/" + other.id()))
                .body(other);
    }

    @PutMapping("/tables/{tableId}/myths/other/{otherId}")
    MythAssessmentView rewordOther(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @PathVariable UUID otherId,
            @Valid @RequestBody OtherMythRequest request) {
        return myths.rewordOther(id, tableId, otherId, request.text(), request.verdict());
    }

    record VerdictRequest(
            @NotNull MythLives lives,
            @Nullable @Size(max = MythVerdict.MAX_BUSTER) String buster) {

        MythVerdict verdict() {
            return new MythVerdict(lives, buster == null ? "" : buster);
        }
    }

    record OtherMythRequest(
            @NotBlank @Size(max = MythVerdict.MAX_OTHER_MYTH)
            String text,

            @NotNull MythLives lives,
            @Nullable @Size(max = MythVerdict.MAX_BUSTER) String buster) {

        MythVerdict verdict() {
            return new MythVerdict(lives, buster == null ? "" : buster);
        }
    }
}
