package no.samarbeid.workshops.board;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.core.web.PageController;
import no.samarbeid.workshops.sheets.reflection.NextStepDetails;
import no.samarbeid.workshops.sheets.reflection.NextStepService;
import no.samarbeid.workshops.sheets.reflection.ReflectionService;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

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
    String reflect(SheetPost post, Model model, HttpServletResponse response) {
        Map<String, @Nullable String> given = new LinkedHashMap<>();
        post.typed().forEach((field, values) -> {
            if (field.startsWith(ANSWER) && !values.isEmpty()) {
                given.put(field.substring(ANSWER.length()), values.get(0));
            }
        });
        return answers.sheet(
                post.keyed("reflection"),
                model,
                response,
                () -> reflections.answer(post.workshopId(), post.tableId(), given));
    }

    @PostMapping("/neste-steg")
    String agree(SheetPost post, Model model, HttpServletResponse response) {
        return answers.sheet(
                post.keyed("next-step"),
                model,
                response,
                () -> steps.agree(post.workshopId(), post.tableId(), step(post.typed())));
    }

    @PostMapping("/neste-steg/{stepId}")
    String revise(@PathVariable UUID stepId, SheetPost post, Model model, HttpServletResponse response) {
        return answers.sheet(
                post.keyed("next-step-" + stepId),
                model,
                response,
                () -> steps.revise(post.workshopId(), post.tableId(), stepId, step(post.typed())));
    }

    private static NextStepDetails step(MultiValueMap<String, String> form) {
        return new NextStepDetails(
                FormFields.text(form, "text"),
                FormFields.text(form, "owner"),
                FormFields.date(form, "dueDate", "sheetforms.next-step-due-date"));
    }
}
