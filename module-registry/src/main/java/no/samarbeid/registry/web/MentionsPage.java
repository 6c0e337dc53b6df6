package no.samarbeid.registry.web;

import java.util.Locale;
import java.util.UUID;
import no.samarbeid.core.web.DomainException;
import no.samarbeid.core.web.PageController;
import no.samarbeid.registry.mentions.MentionService;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The municipality's mentions of potential partners from its workshops, with suggestions to confirm or reject. */
@PageController
@PreAuthorize("hasAnyRole('MUNICIPAL_ADMIN', 'FACILITATOR')")
class MentionsPage {

    private final MentionService mentions;
    private final MessageSource messages;

    MentionsPage(MentionService mentions, MessageSource messages) {
        this.mentions = mentions;
        this.messages = messages;
    }

    @GetMapping("/admin/kommune/omtaler")
    String page(Model model) {
        model.addAttribute("mentions", mentions.list());
        return "registry/mentions";
    }

    @PostMapping("/admin/kommune/omtaler/{id}/kobling")
    String link(
            @PathVariable UUID id,
            @RequestParam String organisationNumber,
            @RequestParam String decision,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            boolean confirm = "CONFIRM".equals(decision);
            var mention = mentions.link(id, organisationNumber, confirm);
            redirect.addFlashAttribute(
                    "notice",
                    messages.getMessage(
                            confirm ? "registry.mentions.confirmed" : "registry.mentions.rejected",
                            new Object[] {mention.name()},
                            locale));
        } catch (DomainException e) {
            redirect.addFlashAttribute(
                    "problem", messages.getMessage("problem." + e.code() + ".detail", e.arguments(), "", locale));
        }
        return "redirect:/admin/kommune/omtaler";
    }
}
