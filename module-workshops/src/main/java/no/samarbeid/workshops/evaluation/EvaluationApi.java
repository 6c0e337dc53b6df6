package no.samarbeid.workshops.evaluation;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evaluation at the end of a workshop: {@code POST} gives (or replaces) the caller's own, {@code GET} reads it;
 * the facilitators read the summary at {@code /evaluations}.
 */
@RestController
@RequestMapping("/api/workshops/{id}")
class EvaluationApi {

    private final EvaluationService evaluations;

    EvaluationApi(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @PostMapping("/evaluation")
    EvaluationView give(@PathVariable UUID id, @Valid @RequestBody EvaluationRequest request) {
        return evaluations.give(id, request.details());
    }

    @GetMapping("/evaluation")
    EvaluationView mine(@PathVariable UUID id) {
        return evaluations.mine(id);
    }

    @GetMapping("/evaluations")
    @SecurityRequirement(name = "bearer")
    EvaluationSummary summary(@PathVariable UUID id) {
        return evaluations.summary(id);
    }

    record EvaluationRequest(
            @Nullable @Size(max = EvaluationDetails.MAX_WHAT_WORKED)
            String whatWorked,

            @NotNull @Min(EvaluationDetails.MIN_RATING) @Max(EvaluationDetails.MAX_RATING)
            Integer rating,

            @Nullable @Size(max = EvaluationDetails.MAX_COMMENT)
            String comment) {

        EvaluationDetails details() {
            return new EvaluationDetails(whatWorked == null ? "" : whatWorked, rating, comment == null ? "" : comment);
        }
    }
}
