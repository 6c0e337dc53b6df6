package no.samarbeid.registry.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.samarbeid.core.web.DomainException;
import no.samarbeid.core.web.FieldProblem;
import no.samarbeid.core.web.PageController;
import no.samarbeid.registry.entries.EntryView;
import no.samarbeid.registry.entries.OrganisationForm;
import no.samarbeid.registry.entries.ProfileInput;
import no.samarbeid.registry.entries.Registration;
import no.samarbeid.registry.mentions.MentionService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A municipality proposes a new entry from one of its mentions: the form comes prefilled from what the table wrote
 * (name, organisation number, what it delivers, the zone as reach); the entry is proposed and the mention linked to
 * it together.
 */
@PageController
@PreAuthorize("hasAnyRole('MUNICIPAL_ADMIN', 'FACILITATOR')")
class ProposalPage {

    private static final String PATH = "/admin/kommune/omtaler/{id}/forslag";

    private final MentionService mentions;
    private final MessageSource messages;

    ProposalPage(MentionService mentions, MessageSource messages) {
        this.mentions = mentions;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String page(@PathVariable UUID id, Model model) {
        return render(model, id, mentions.draft(id), null);
    }

    @PostMapping(PATH)
    String propose(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String organisationNumber,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String organisationForm,
            @RequestParam(defaultValue = "false") boolean nonprofit,
            @RequestParam(defaultValue = "") String industryCode,
            @RequestParam(defaultValue = "") String municipalityNumber,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "") String services,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        ProfileInput drafted = mentions.draft(id).profile();
        Registration sent = new Registration(
                organisationNumber.strip(),
                name,
                organisationForm,
                nonprofit,
                industryCode,
                municipalityNumber,
                new ProfileInput(
                        description,
                        services.lines()
                                .map(String::strip)
                                .filter(line -> !line.isEmpty())
                                .toList(),
                        List.of(),
                        List.of(),
                        drafted == null ? false : drafted.reachNational(),
                        drafted == null ? List.of() : drafted.reachCounties(),
                        drafted == null ? List.of() : drafted.reachMunicipalities(),
                        null,
                        null,
                        null,
                        List.of()));
        try {
            EntryView entry = mentions.propose(id, sent);
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("registry.propose.done", new Object[] {entry.name()}, locale));
            return "redirect:/admin/kommune/omtaler";
        } catch (DomainException e) {
            model.addAttribute(
                    "problem", messages.getMessage("problem." + e.code() + ".detail", e.arguments(), "", locale));
            return render(model, id, sent, e instanceof FieldProblem field ? control(field.field()) : "name");
        }
    }

    private String render(Model model, UUID id, Registration draft, @Nullable String problemField) {
        model.addAttribute("mention", mentions.get(id));
        model.addAttribute("draft", draft);
        model.addAttribute(
                "services",
                draft.profile() == null ? "" : String.join("\n", draft.profile().services()));
        model.addAttribute("problemField", problemField);
        model.addAttribute("forms", List.of(OrganisationForm.values()));
        model.addAttribute("municipalities", Facets.municipalities());
        return "registry/propose";
    }

    private static String control(String field) {
        if (field.startsWith("profile.description")) return "description";
        if (field.startsWith("profile.")) return "services";
        return field;
    }
}
