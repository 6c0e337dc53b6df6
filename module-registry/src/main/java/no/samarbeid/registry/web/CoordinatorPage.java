package no.samarbeid.registry.web;

import java.util.Locale;
import java.util.UUID;
import no.samarbeid.core.web.DomainException;
import no.samarbeid.core.web.PageController;
import no.samarbeid.registry.accounts.AccountService;
import no.samarbeid.registry.accounts.CreatedAccount;
import no.samarbeid.registry.accounts.NewAccount;
import no.samarbeid.registry.entries.Actor;
import no.samarbeid.registry.entries.EntryService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The national coordinator's work on the register: the verification queue, merging duplicates, entrepreneurs'
 * requests to keep an entry's profile and creating an entrepreneur's user for an entry.
 */
@PageController
@PreAuthorize("hasRole('NATIONAL_COORDINATOR')")
class CoordinatorPage {

    private final EntryService entries;
    private final AccountService accounts;
    private final MessageSource messages;

    CoordinatorPage(EntryService entries, AccountService accounts, MessageSource messages) {
        this.entries = entries;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/koordinator/registeret")
    String page(Model model) {
        model.addAttribute("pending", entries.pending(Actor.current()));
        model.addAttribute("linkRequests", accounts.pending(Actor.current()));
        return "registry/coordinator";
    }

    @PostMapping("/koordinator/registeret/koblinger/{id}")
    String decideLink(
            @PathVariable UUID id, @RequestParam String decision, Locale locale, RedirectAttributes redirect) {
        return act(redirect, locale, () -> {
            boolean approve = "APPROVE".equals(decision);
            var link = accounts.decide(id, approve, Actor.current());
            return messages.getMessage(
                    "registry.coordinator.link." + (approve ? "approved" : "rejected"),
                    new Object[] {link.username(), link.entryName()},
                    locale);
        });
    }

    @PostMapping("/koordinator/registeret/kontoer")
    String createAccount(
            @RequestParam(defaultValue = "") String organisationNumber,
            @ModelAttribute NewAccount account,
            Locale locale,
            RedirectAttributes redirect) {
        return act(redirect, locale, () -> {
            CreatedAccount created = accounts.create(organisationNumber.strip(), account, Actor.current());
            return messages.getMessage(
                    "registry.coordinator.account.created",
                    new Object[] {created.username(), created.organisationNumber(), created.temporaryPassword()},
                    locale);
        });
    }

    @PostMapping("/koordinator/registeret/avgjorelse")
    String decide(
            @RequestParam String organisationNumber,
            @RequestParam String decision,
            Locale locale,
            RedirectAttributes redirect) {
        return act(redirect, locale, () -> {
            entries.decide(organisationNumber, "VERIFY".equals(decision), Actor.current());
            return messages.getMessage(
                    "registry.coordinator.decided." + ("VERIFY".equals(decision) ? "verified" : "rejected"),
                    new Object[] {organisationNumber},
                    locale);
        });
    }

    @PostMapping("/koordinator/registeret/sammenslaing")
    String merge(
            @RequestParam(defaultValue = "") String survivor,
            @RequestParam(defaultValue = "") String merged,
            Locale locale,
            RedirectAttributes redirect) {
        return act(redirect, locale, () -> {
            entries.merge(survivor.strip(), merged.strip(), Actor.current());
            return messages.getMessage("registry.coordinator.merged", new Object[] {merged, survivor}, locale);
        });
    }

    private String act(RedirectAttributes redirect, Locale locale, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("notice", action.get());
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", problem(e, locale));
        }
        return "redirect:/koordinator/registeret";
    }

    private @Nullable String problem(DomainException e, Locale locale) {
        return messages.getMessage("problem." + e.code() + ".title", null, locale) + ": "
                + messages.getMessage("problem." + e.code() + ".detail", e.arguments(), "", locale);
    }
}
