package no.samarbeid.workshops.facilitation;

import no.samarbeid.core.web.PageController;
import no.samarbeid.workshops.templates.ResolvedTemplate;
import no.samarbeid.workshops.templates.TemplateResolver;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The facilitator guide as a page ({@code /workshops/veileder}, {@code ?mal=} a template reference, else the first
 * national edition): materials, groups of 4-8, about 3.5 hours, the facilitator's role and the start-up round.
 */
@PageController
class GuidePage {

    private final TemplateResolver templates;

    GuidePage(TemplateResolver templates) {
        this.templates = templates;
    }

    @GetMapping("/workshops/veileder")
    String guide(@RequestParam(name = "mal", required = false) @Nullable String reference, Model model) {
        ResolvedTemplate template = reference == null || reference.isBlank()
                ? templates.nationalEditions().get(0)
                : templates.resolve(reference.trim());
        model.addAttribute("template", template);
        model.addAttribute("guide", template.guide());
        return "workshops/guide";
    }
}
