package no.samarbeid.workshops.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.core.web.PageController;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The last sheet (10) on the board: the table's answers to the reflection questions, and its next steps. */
@PageController
@RequestMapping("/workshops/{id}/bord/{tableId}/ark")
class ReflectionFormsPage {

    /** The fields of the reflection form are named after their question: {@code answer.<question key>}. */
    static final String ANSWER = "answer.";

    private final SheetFormsAnswer answers;
    private final ReflectionService reflections;
    private final NextStepService steps;

    ReflectionFormsPage(SheetFormsAnswer answers, ReflectionService reflections, NextStepService steps) {
        this.answers = answers;
        this.reflections = reflections;
        this.steps = steps;
    }

    @PostMapping("/refleksjon")
    String reflect(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @RequestParam MultiValueMap<String, String> form,
            @RequestHeader(name = SheetFormsPage.HTMX, required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response) {
        Map<String, @Nullable String> given = new LinkedHashMap<>();
        form.forEach((field, values) -> {
            if (field.startsWith(ANSWER) && !values.isEmpty()) {
                given.put(field.substring(ANSWER.length()), values.get(0));
            }
        });
        return answers.sheet(
                SheetPost.of(id, tableId, "reflection", form, htmx),
                model,
                response,
                () -> reflections.answer(id, tableId, given));
    }

    @PostMapping("/neste-steg")
    String agree(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @RequestParam MultiValueMap<String, String> form,
            @RequestHeader(name = SheetFormsPage.HTMX, required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response) {
        return answers.sheet(
                SheetPost.of(id, tableId, "next-step", form, htmx),
                model,
                response,
                () -> steps.agree(id, tableId, step(form)));
    }

    @PostMapping("/neste-steg/{stepId}")
    String revise(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @PathVariable UUID stepId,
            @RequestParam MultiValueMap<String, String> form,
            @RequestHeader(name = SheetFormsPage.HTMX, required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response) {
        return answers.sheet(
                SheetPost.of(id, tableId, "next-step-" + stepId, form, htmx),
                model,
                response,
                () -> steps.revise(id, tableId, stepId, step(form)));
    }

    private static NextStepDetails step(MultiValueMap<String, String> form) {
        return new NextStepDetails(
                FormFields.text(form, "text"),
                FormFields.text(form, "owner"),
                FormFields.date(form, "dueDate", "sheetforms.next-step-due-date"));
    }
}
