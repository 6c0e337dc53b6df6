package no.samarbeid.workshops.facilitation;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import no.samarbeid.core.web.InvalidInputException;
import no.samarbeid.core.web.PageController;
import no.samarbeid.workshops.workshop.WorkshopService;
import no.samarbeid.workshops.workshop.WorkshopView;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating a workshop from a national edition or one of the municipality's variants; refused input is shown on the
 * form again with what was typed, and a created workshop opens in its console.
 */
@PageController
class CreateWorkshopPage {

    private final WorkshopService workshops;
    private final TemplateChoices templates;

    CreateWorkshopPage(WorkshopService workshops, TemplateChoices templates) {
        this.workshops = workshops;
        this.templates = templates;
    }

    @GetMapping("/workshops/ny")
    String form(Model model) {
        model.addAttribute("templates", templates.all());
        return "workshops/create";
    }

    @PostMapping("/workshops/ny")
    String create(
            @RequestParam String title,
            @RequestParam String place,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            @RequestParam(required = false) @Nullable String template,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String reference = template == null || template.isBlank() ? null : template.trim();
        try {
            WorkshopView created = workshops.create(title.trim(), place.trim(), date, reference);
            redirect.addFlashAttribute(ConsoleMessage.NOTICE, new ConsoleMessage("console.flash.created", List.of()));
            return "redirect:" + FacilitatorPages.path(created.id());
        } catch (InvalidInputException e) {
            response.setStatus(e.status().value());
            model.addAttribute(ConsoleMessage.PROBLEM, ConsoleMessage.of(e));
            model.addAttribute("entered", new Entered(title, place, date, reference));
            return form(model);
        }
    }

    /** What was typed into the form, shown again when it was refused. */
    record Entered(
            String title,
            String place,
            @Nullable LocalDate date,
            @Nullable String template) {}
}
