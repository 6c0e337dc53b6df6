package no.samarbeid.workshops.board;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import no.samarbeid.core.web.PageController;
import no.samarbeid.workshops.sheets.effects.EffectBenefit;
import no.samarbeid.workshops.sheets.effects.EffectDetails;
import no.samarbeid.workshops.sheets.effects.EffectService;
import no.samarbeid.workshops.sheets.effects.EffectStakeholder;
import no.samarbeid.workshops.sheets.effects.MeasureDetails;
import no.samarbeid.workshops.sheets.effects.MeasureService;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

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
    String identify(SheetPost post, Model model, HttpServletResponse response) {
        return answers.sheet(
                post.keyed("effect"),
                model,
                response,
                () -> effects.identify(post.workshopId(), post.tableId(), effect(post.typed())));
    }

    @PostMapping("/effekter/{effectId}")
    String reviseEffect(@PathVariable UUID effectId, SheetPost post, Model model, HttpServletResponse response) {
        return answers.sheet(
                post.keyed("effect-" + effectId),
                model,
                response,
                () -> effects.revise(post.workshopId(), post.tableId(), effectId, effect(post.typed())));
    }

    @PostMapping("/malinger")
    String propose(SheetPost post, Model model, HttpServletResponse response) {
        return answers.sheet(
                post.keyed("measure"),
                model,
                response,
                () -> measures.propose(post.workshopId(), post.tableId(), measure(post.typed())));
    }

    @PostMapping("/malinger/{measureId}")
    String reviseMeasure(@PathVariable UUID measureId, SheetPost post, Model model, HttpServletResponse response) {
        return answers.sheet(
                post.keyed("measure-" + measureId),
                model,
                response,
                () -> measures.revise(post.workshopId(), post.tableId(), measureId, measure(post.typed())));
    }

    private static EffectDetails effect(MultiValueMap<String, String> form) {
        return new EffectDetails(
                FormFields.choice(form, "stakeholder", EffectStakeholder.class, "sheetforms.effect-stakeholder"),
                FormFields.text(form, "text"),
                FormFields.choices(form, "benefits", EffectBenefit.class),
                FormFields.optionalId(form, "sketchId"));
    }

    private static MeasureDetails measure(MultiValueMap<String, String> form) {
        return new MeasureDetails(
                FormFields.text(form, "what"),
                FormFields.text(form, "how"),
                FormFields.ids(form, "effectIds"),
                FormFields.optionalId(form, "sketchId"));
    }
}
