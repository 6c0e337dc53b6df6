package no.samarbeid.workshops.internal;

import jakarta.servlet.http.HttpServletResponse;
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

/** The effects (sheet 7) and measures (sheet 8) on the board: name and revise effects, and what to measure of them. */
@PageController
@RequestMapping("/workshops/{id}/bord/{tableId}/ark")
class EffectFormsPage {

    private final SheetFormsAnswer answers;
    private final EffectService effects;
    private final MeasureService measures;

    EffectFormsPage(SheetFormsAnswer answers, EffectService effects, MeasureService measures) {
        this.answers = answers;
        this.effects = effects;
        this.measures = measures;
    }

    @PostMapping("/effekter")
    String identify(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @RequestParam MultiValueMap<String, String> form,
            @RequestHeader(name = SheetFormsPage.HTMX, required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response) {
        return answers.sheet(
                SheetPost.of(id, tableId, "effect", form, htmx),
                model,
                response,
                () -> effects.identify(id, tableId, effect(form)));
    }

    @PostMapping("/effekter/{effectId}")
    String reviseEffect(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @PathVariable UUID effectId,
            @RequestParam MultiValueMap<String, String> form,
            @RequestHeader(name = SheetFormsPage.HTMX, required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response) {
        return answers.sheet(
                SheetPost.of(id, tableId, "effect-" + effectId, form, htmx),
                model,
                response,
                () -> effects.revise(id, tableId, effectId, effect(form)));
    }

    @PostMapping("/malinger")
    String propose(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @RequestParam MultiValueMap<String, String> form,
            @RequestHeader(name = SheetFormsPage.HTMX, required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response) {
        return answers.sheet(
                SheetPost.of(id, tableId, "measure", form, htmx),
                model,
                response,
                () -> measures.propose(id, tableId, measure(form)));
    }

    @PostMapping("/malinger/{measureId}")
    String reviseMeasure(
            @PathVariable UUID id,
            @PathVariable UUID tableId,
            @PathVariable UUID measureId,
            @RequestParam MultiValueMap<String, String> form,
            @RequestHeader(name = SheetFormsPage.HTMX, required = false) @Nullable String htmx,
            Model model,
            HttpServletResponse response) {
        return answers.sheet(
                SheetPost.of(id, tableId, "measure-" + measureId, form, htmx),
                model,
                response,
                () -> measures.revise(id, tableId, measureId, measure(form)));
    }

    private static EffectDetails effect(MultiValueMap<String, String> form) {
        return new EffectDetails(
                FormFields.choice(form, "stakeholder", EffectStakeholder.class, "sheetforms.effect-stakeholder"),
                FormFields.text(form, "text"),
                FormFields.choices(form, "benefits", EffectBenefit.class));
    }

    private static MeasureDetails measure(MultiValueMap<String, String> form) {
        return new MeasureDetails(
                FormFields.text(form, "what"), FormFields.text(form, "how"), FormFields.ids(form, "effectIds"));
    }
}
