package no.samarbeid.workshops.sheets.reflection;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A table's answers to the reflection questions of sheet 10. {@code PUT} takes question key to answer and replaces
 * all answers (a question left out or blank has none).
 */
@RestController
@RequestMapping("/api/workshops/{id}/tables/{tableId}/reflection")
class ReflectionApi {

    private final ReflectionService reflections;

    ReflectionApi(ReflectionService reflections) {
        this.reflections = reflections;
    }

    @GetMapping
    ReflectionView get(@PathVariable UUID id, @PathVariable UUID tableId) {
        return reflections.get(id, tableId);
    }

    @PutMapping
    ReflectionView answer(
            @PathVariable UUID id, @PathVariable UUID tableId, @RequestBody Map<String, @Nullable String> answers) {
        return reflections.answer(id, tableId, answers);
    }
}
