package no.samarbeid.impact.nextsteps;

import java.util.UUID;
import no.samarbeid.core.web.PageController;
import no.samarbeid.impact.access.ImpactAccess;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The next steps page: all of them by due date, overdue ones marked, each marked open, done or dropped. */
@PageController
class NextStepPages {

    private final TaskService steps;

    NextStepPages(TaskService steps) {
        this.steps = steps;
    }

    @GetMapping("/samarbeid/neste-steg")
    String nextSteps(Model model) {
        model.addAttribute("steps", steps.all());
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("writes", ImpactAccess.reader().writes());
        return "impact/next-steps";
    }

    @PostMapping("/samarbeid/neste-steg/{stepId}")
    String mark(@PathVariable UUID stepId, @RequestParam TaskStatus status) {
        steps.mark(stepId, status);
        return "redirect:/samarbeid/neste-steg";
    }
}
