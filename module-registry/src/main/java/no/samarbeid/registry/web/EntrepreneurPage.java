package no.samarbeid.registry.web;

import java.util.List;
import java.util.Locale;
import no.samarbeid.core.reference.Municipalities;
import no.samarbeid.core.reference.Theme;
import no.samarbeid.core.web.DomainException;
import no.samarbeid.core.web.FieldProblem;
import no.samarbeid.core.web.PageController;
import no.samarbeid.registry.accounts.AccountLink;
import no.samarbeid.registry.accounts.AccountService;
import no.samarbeid.registry.entries.Actor;
import no.samarbeid.registry.entries.EntryService;
import no.samarbeid.registry.entries.EntryView;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The entrepreneur's own page: a registered user asks to keep an entry's profile; once a coordinator approved it, a
 * user with the role {@code ENTREPRENEUR} keeps the profile of that entry, and only that one.
 */
@PageController
@PreAuthorize("isAuthenticated()")
class EntrepreneurPage {

    private static final String PATH = "/entreprenor/profil";

    private final AccountService accounts;
    private final EntryService entries;
    private final MessageSource messages;

    EntrepreneurPage(AccountService accounts, EntryService entries, MessageSource messages) {
        this.accounts = accounts;
        this.entries = entries;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String page(Model model) {
        Actor actor = Actor.current();
        AccountLink link = accounts.mine(actor).orElse(null);
        if (link != null && link.approved() && actor.entrepreneur()) {
            entries.find(link.organisationNumber(), actor)
                    .ifPresent(entry -> model.addAttribute("form", ProfileForm.of(entry.profile())));
        }
        return render(model, actor, link);
    }

    @PostMapping(PATH)
    String save(@ModelAttribute ProfileForm form, Locale locale, Model model, RedirectAttributes redirect) {
        Actor actor = Actor.current();
        AccountLink link = accounts.mine(actor).orElse(null);
        String number = link == null ? "" : link.organisationNumber();
        try {
            EntryView saved = entries.changeProfile(number, form.input(), actor);
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("registry.own.saved", new Object[] {saved.name()}, locale));
            return "redirect:" + PATH;
        } catch (DomainException e) {
            model.addAttribute("form", form);
            model.addAttribute("problem", detail(e, locale));
            model.addAttribute(
                    "problemControl", e instanceof FieldProblem field ? ProfileForm.controlOf(field.field()) : null);
            return render(model, actor, link);
        }
    }

    @PostMapping("/entreprenor/kobling")
    String request(
            @RequestParam(defaultValue = "") String organisationNumber, Locale locale, RedirectAttributes redirect) {
        try {
            AccountLink link = accounts.request(organisationNumber, Actor.current());
            redirect.addFlashAttribute(
                    "notice", messages.getMessage("registry.own.requested", new Object[] {link.entryName()}, locale));
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", detail(e, locale));
            redirect.addFlashAttribute("problemControl", "organisationNumber");
        }
        return "redirect:" + PATH;
    }

    private String render(Model model, Actor actor, @org.jspecify.annotations.Nullable AccountLink link) {
        model.addAttribute("link", link);
        model.addAttribute("entrepreneur", actor.entrepreneur());
        model.addAttribute("withMunicipality", actor.scope() != null || actor.coordinator());
        if (link != null) {
            entries.find(link.organisationNumber(), actor)
                    .ifPresent(entry -> model.addAttribute("entry", EntryView.of(entry)));
        }
        model.addAttribute("themes", List.of(Theme.values()));
        model.addAttribute("counties", Municipalities.current().counties());
        return "registry/own-profile";
    }

    private String detail(DomainException e, Locale locale) {
        return messages.getMessage("problem." + e.code() + ".detail", e.arguments(), "", locale);
    }
}
