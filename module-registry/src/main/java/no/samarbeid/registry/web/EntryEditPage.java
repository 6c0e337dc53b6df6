package no.samarbeid.registry.web;

import java.util.List;
import java.util.Locale;
import no.samarbeid.core.web.DomainException;
import no.samarbeid.core.web.FieldProblem;
import no.samarbeid.core.web.NotFoundException;
import no.samarbeid.core.web.PageController;
import no.samarbeid.registry.entries.Actor;
import no.samarbeid.registry.entries.EntryDataInput;
import no.samarbeid.registry.entries.EntryService;
import no.samarbeid.registry.entries.EntryView;
import no.samarbeid.registry.entries.OrganisationForm;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A national coordinator corrects an entry's register data: name, organisation form ("ideelt AS" too), industry
 * code and business address municipality, checked as the API checks it; a refusal keeps what was typed.
 */
@PageController
@PreAuthorize("hasRole('NATIONAL_COORDINATOR')")
class EntryEditPage {

    private static final String PATH = "/koordinator/registeret/oppforing/{organisationNumber}";

    private final EntryService entries;
    private final MessageSource messages;

    EntryEditPage(EntryService entries, MessageSource messages) {
        this.entries = entries;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String page(@PathVariable String organisationNumber, Model model) {
        EntryView entry = entry(organisationNumber);
        return render(model, entry, EntryDataInput.of(entry), null);
    }

    @PostMapping(PATH)
    String save(
            @PathVariable String organisationNumber,
            @ModelAttribute EntryDataInput data,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        EntryView entry = entry(organisationNumber);
        EntryDataInput sent = new EntryDataInput(
                data.name(),
                data.organisationForm(),
                Boolean.TRUE.equals(data.nonprofit()),
                data.industryCode(),
                data.municipalityNumber());
        try {
            EntryView saved = entries.changeData(organisationNumber, sent, Actor.current());
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("registry.edit.saved", new Object[] {saved.name()}, locale));
            return "redirect:/koordinator/registeret/oppforing/" + saved.organisationNumber();
        } catch (DomainException e) {
            model.addAttribute(
                    "problem", messages.getMessage("problem." + e.code() + ".detail", e.arguments(), "", locale));
            return render(model, entry, sent, e instanceof FieldProblem field ? field.field() : null);
        }
    }

    private String render(Model model, EntryView entry, EntryDataInput data, @Nullable String problemField) {
        model.addAttribute("entry", entry);
        model.addAttribute("data", data);
        model.addAttribute("problemField", problemField);
        model.addAttribute("forms", List.of(OrganisationForm.values()));
        model.addAttribute("municipalities", Facets.municipalities());
        return "registry/edit-entry";
    }

    private EntryView entry(String organisationNumber) {
        return entries.find(organisationNumber, Actor.current())
                .map(EntryView::of)
                .orElseThrow(() -> new NotFoundException("registry.not-found"));
    }
}
