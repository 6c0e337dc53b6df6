package no.samarbeid.impact.collaborations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.samarbeid.core.reference.Theme;
import no.samarbeid.core.web.PageController;
import no.samarbeid.impact.access.ImpactAccess;
import no.samarbeid.impact.nextsteps.TaskService;
import no.samarbeid.impact.problems.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The collaboration pages: the stage board (with the overdue next steps on top) and a collaboration. A form's refusal comes back to the page it was sent from, with the field and why; nothing is
 * written.
 */
@PageController
class CollaborationPages {

    private final CollaborationService collaborations;
    private final TaskService steps;
    private final MessageSource messages;
    private final JsonMapper json;

    CollaborationPages(
            CollaborationService collaborations, TaskService steps, MessageSource messages, JsonMapper json) {
        this.collaborations = collaborations;
        this.steps = steps;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/samarbeid")
    String board(Model model) {
        Map<Stage, List<CollaborationSummary>> byStage = new LinkedHashMap<>();
        Stage.BOARD.forEach(stage -> byStage.put(stage, new java.util.ArrayList<>()));
        collaborations.all().forEach(c -> byStage.get(c.stage()).add(c));
        model.addAttribute("stages", byStage);
        model.addAttribute("overdue", steps.overdue());
        model.addAttribute("writes", ImpactAccess.reader().writes());
        return "impact/board";
    }

    @GetMapping("/samarbeid/{id}")
    String collaboration(@PathVariable UUID id, Model model) {
        CollaborationView collaboration = collaborations.get(id);
        model.addAttribute("c", collaboration);
        model.addAttribute("stageChoices", Stage.BOARD);
        model.addAttribute("themes", Theme.values());
        model.addAttribute("writes", ImpactAccess.reader().writes());
        Map<UUID, String> charts = new LinkedHashMap<>();
        for (IndicatorView indicator : collaboration.indicators()) {
            charts.put(
                    indicator.id(),
                    json.writeValueAsString(ChartData.of(
                            indicator,
                            text("impact.chart.measured"),
                            text("impact.indicator.baseline"),
                            text("impact.indicator.target"))));
        }
        model.addAttribute("charts", charts);
        return "impact/collaboration";
    }

    /** The page's form of the description; what the form does not show (the sketch's form) is kept. */
    @PostMapping("/samarbeid/{id}/beskrivelse")
    String revise(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String theme,
            @RequestParam(defaultValue = "") String entrepreneurOrgnr,
            @RequestParam(defaultValue = "") String entrepreneurName,
            @RequestParam(defaultValue = "") String sector,
            @RequestParam(defaultValue = "") String responsible,
            @RequestParam(defaultValue = "") String description,
            RedirectAttributes redirect) {
        refusedInto(redirect, () -> {
            CollaborationView now = collaborations.get(id);
            var revised = new CollaborationRequests.Description(
                    title,
                    theme,
                    entrepreneurOrgnr,
                    entrepreneurName,
                    sector,
                    now.projectType(),
                    now.procurement(),
                    now.involved(),
                    now.deliveryForm(),
                    responsible,
                    description);
            collaborations.revise(id, revised.details());
        });
        if (redirect.getFlashAttributes().containsKey("refusal")) {
            redirect.addFlashAttribute("describing", true);
        }
        return "redirect:/samarbeid/" + id;
    }

    @PostMapping("/samarbeid/{id}/fase")
    String move(
            @PathVariable UUID id,
            @RequestParam Stage stage,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String from,
            RedirectAttributes redirect) {
        refusedInto(redirect, () -> collaborations.move(id, stage, reason));
        return "board".equals(from) ? "redirect:/samarbeid" : "redirect:/samarbeid/" + id;
    }

    @PostMapping("/samarbeid/{id}/indikatorer/{indicatorId}/malinger")
    String record(
            @PathVariable UUID id,
            @PathVariable UUID indicatorId,
            @RequestParam BigDecimal value,
            @RequestParam LocalDate periodFrom,
            @RequestParam LocalDate periodTo,
            @RequestParam(defaultValue = "") String source,
            @RequestParam(defaultValue = "") String comment,
            RedirectAttributes redirect) {
        refusedInto(
                redirect,
                () -> collaborations.record(
                        id,
                        indicatorId,
                        new MeasurementDetails(value, periodFrom, periodTo, source.strip(), comment.strip())));
        return "redirect:/samarbeid/" + id + "#indikator-" + indicatorId;
    }

    @PostMapping("/samarbeid/{id}/sroi")
    String estimate(@PathVariable UUID id, SroiForm form, RedirectAttributes redirect) {
        refusedInto(redirect, () -> collaborations.estimate(id, form.sroi()));
        return "redirect:/samarbeid/" + id + "#sroi";
    }

    private void refusedInto(RedirectAttributes redirect, Runnable work) {
        try {
            work.run();
        } catch (FieldProblem problem) {
            Locale locale = LocaleContextHolder.getLocale();
            redirect.addFlashAttribute(
                    "refusal",
                    messages.getMessage(
                            "problem." + problem.code() + ".detail", problem.arguments(), problem.code(), locale));
            redirect.addFlashAttribute("refusedField", problem.field());
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
