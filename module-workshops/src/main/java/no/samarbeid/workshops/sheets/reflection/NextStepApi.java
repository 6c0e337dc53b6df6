package no.samarbeid.workshops.sheets.reflection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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

/** The next steps of a table (sheet 10). */
@RestController
@RequestMapping("/api/workshops/{id}/tables/{tableId}/next-steps")
class NextStepApi {

    private final NextStepService steps;

    NextStepApi(NextStepService steps) {
        this.steps = steps;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<NextStepView> agree(
            @PathVariable UUID id, @PathVariable UUID tableId, @Valid @RequestBody NextStepRequest request) {
        NextStepView step = steps.agree(id, tableId, request.details());
        return ResponseEntity.created(
                        URI.create("/api/workshops/" + id + "/tables/" + tableId + "/next-steps/" + step.id()))
                .body(step);
    }

    @GetMapping
    List<NextStepView> all(@PathVariable UUID id, @PathVariable UUID tableId) {
        return steps.all(id, tableId);
    }

    @PutMapping("/{stepId}")
    NextStepView revise(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @PathVariable UUID stepId,
            @Valid @RequestBody NextStepRequest request) {
        return steps.revise(id, tableId, stepId, request.details());
    }

    record NextStepRequest(
            @NotBlank @Size(max = NextStepDetails.MAX_TEXT) String text,
            @NotBlank @Size(max = NextStepDetails.MAX_OWNER) String owner,
            @NotNull LocalDate dueDate) {

        NextStepDetails details() {
            return new NextStepDetails(text, owner, dueDate);
        }
    }
}
