package no.samarbeid.impact.nextsteps;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The municipality's next steps as tasks: participants read, municipal admins and facilitators mark them. */
@RestController
@RequestMapping("/api/impact/next-steps")
@Tag(name = "Impact: next steps", description = "Next steps from sheet 10 as the municipality's tasks")
@SecurityRequirement(name = "bearer")
class TaskApi {

    private final TaskService steps;

    TaskApi(TaskService steps) {
        this.steps = steps;
    }

    @GetMapping
    @Operation(summary = "The municipality's next steps by due date; overdue ones are marked")
    @ApiResponse(responseCode = "200", description = "The next steps")
    List<NextStepView> all() {
        return steps.all();
    }

    @PutMapping("/{stepId}")
    @Operation(summary = "Mark a next step open, done or dropped")
    @ApiResponse(responseCode = "200", description = "Marked")
    NextStepView mark(@PathVariable UUID stepId, @Valid @RequestBody Mark request) {
        return steps.mark(stepId, request.status());
    }

    record Mark(@NotNull TaskStatus status) {}
}
